/** Fetching a budget (the seed, a same-origin URL or a stored dataset) through TanStack Query, validated on arrival. */
import { queryOptions } from '@tanstack/react-query';
import { datasetLibrary, DatasetNotFoundError, DatasetUnreadableError } from './datasetLibrary';
import type { Budget } from './budgetSchema';
import { embeddedBudget, embeddedBudgetResponse } from './embeddedBudget';
import { MAX_FILE_BYTES } from './limits';
import { loadParser, parseBudgetTextAsync } from './parseAsync';
import type { ValidationIssue } from './parseBudget';
import { toBudgetModel } from './toBudgetModel';
import type { LoadedBudget } from '@/state/budgetContext';

export const SEED_URL = 'data/lushan-shebao-2021.json';

/** A file that arrived but is not a valid budget: retrying will not help. */
export class BudgetValidationError extends Error {
  constructor(
    readonly source: string,
    readonly issues: ValidationIssue[],
  ) {
    super(`${source}: ${issues.length} problem(s)`);
    this.name = 'BudgetValidationError';
  }
}

/** A file larger than MAX_FILE_BYTES. */
export class BudgetTooLargeError extends Error {
  constructor(
    readonly source: string,
    readonly bytes: number,
  ) {
    super(`${source}: ${bytes} bytes is over the limit`);
    this.name = 'BudgetTooLargeError';
  }
}

/** Only same-origin URLs may be loaded: the app never talks to another host. */
export function isSameOrigin(url: string, base: string = window.location.href): boolean {
  try {
    const resolved = new URL(url, base);
    const origin = new URL(base);
    return resolved.origin === origin.origin && (resolved.protocol === 'http:' || resolved.protocol === 'https:' || resolved.protocol === 'file:');
  } catch {
    return false;
  }
}

export async function fetchBudget(url: string): Promise<LoadedBudget> {
  if (!isSameOrigin(url)) throw new BudgetValidationError(url, [{ path: '(root)', code: 'other', detail: 'not a same-origin URL' }]);
  const embedded = typeof document === 'undefined' ? undefined : embeddedBudget(url);
  // Validated when the page was built, by this same parser: the validator chunk is not needed for it.
  if (embedded?.checked) {
    const file = JSON.parse(embedded.text) as Budget;
    return { file, model: toBudgetModel(file), sourceId: url };
  }
  void loadParser();
  const response = embedded ? embeddedBudgetResponse(embedded) : await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_FILE_BYTES) throw new BudgetTooLargeError(url, declared);
  const text = await response.text();
  if (text.length > MAX_FILE_BYTES) throw new BudgetTooLargeError(url, text.length);
  const result = await parseBudgetTextAsync(text);
  if (!result.ok) throw new BudgetValidationError(url, result.issues);
  return { file: result.budget, model: result.model, sourceId: url };
}

export function budgetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['budget', url],
    queryFn: () => fetchBudget(url),
    staleTime: Infinity,
    retry: (failureCount, error) => !(error instanceof BudgetValidationError || error instanceof BudgetTooLargeError) && failureCount < 2,
  });
}

/** A stored dataset, re-validated on every read: a corrupt entry is set aside, never shown. */
export async function readStoredBudget(id: string): Promise<LoadedBudget> {
  void loadParser();
  await datasetLibrary.init();
  const entry = datasetLibrary.find(id);
  if (!entry) throw new DatasetNotFoundError(id);
  const result = await parseBudgetTextAsync(await datasetLibrary.getText(id));
  if (!result.ok) {
    datasetLibrary.setAside(id, 'invalid', result.issues);
    throw new BudgetValidationError(entry.name, result.issues);
  }
  return { file: result.budget, model: result.model, sourceId: id };
}

export function datasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['dataset', id],
    queryFn: () => readStoredBudget(id),
    staleTime: Infinity,
    retry: false,
  });
}

/** Where the budget on screen (or the one compared with it) comes from. */
export type DatasetSource = { kind: 'seed' } | { kind: 'url'; url: string } | { kind: 'stored'; id: string };

export const SEED_SOURCE: DatasetSource = { kind: 'seed' };

export function sourceQueryOptions(source: DatasetSource) {
  if (source.kind === 'stored') return datasetQueryOptions(source.id);
  return budgetQueryOptions(source.kind === 'url' ? source.url : SEED_URL);
}

/** True for errors the user should read about rather than retry. */
export function isDatasetProblem(error: unknown): boolean {
  return [BudgetValidationError, BudgetTooLargeError, DatasetNotFoundError, DatasetUnreadableError].some((type) => error instanceof type);
}
