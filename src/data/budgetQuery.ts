/** Fetching a budget (the seed, a same-origin URL or a stored dataset) through TanStack Query, validated on arrival. */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { datasetLibrary, DatasetNotFoundError, DatasetUnreadableError } from './datasetLibrary';
import type { Budget } from './budgetSchema';
import { embeddedBudget, embeddedBudgetResponse } from './embeddedBudget';
import { BudgetTimeoutError, withTimeout } from './loadTimeout';
import { fetchAndParseInWorker, loadParser, parseBudgetTextAsync } from './parseAsync';
import type { ParseResult, ValidationIssue } from './parseBudget';
import type { WorkerReply } from './parseWorker';
import { fetchBudgetText, readBudgetResponse, type FetchProblem } from './readBudgetResponse';
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

/** A same-origin address that answered with a redirect: not followed, as it could lead to another host. */
export class BudgetRedirectedError extends Error {
  constructor(
    readonly source: string,
    readonly to?: string,
  ) {
    super(`${source}: redirected${to ? ` to ${to}` : ''}, not followed`);
    this.name = 'BudgetRedirectedError';
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

/** A budget the build validated with this same parser (vite.embed.ts): the validator chunk is not needed for it. */
function checkedBudget(url: string, text: string): LoadedBudget {
  const file = JSON.parse(text) as Budget;
  return { file, model: toBudgetModel(file), sourceId: url };
}

/** The budget at `url` when the page carries it already validated, at once (no promise, no request). */
export function checkedEmbeddedBudget(url: string): LoadedBudget | undefined {
  const embedded = embeddedBudget(url);
  return embedded?.checked ? checkedBudget(url, embedded.text) : undefined;
}

export async function fetchBudget(url: string, signal?: AbortSignal): Promise<LoadedBudget> {
  if (!isSameOrigin(url)) throw new BudgetValidationError(url, [{ path: '(root)', code: 'other', detail: 'not a same-origin URL' }]);
  const embedded = typeof document === 'undefined' ? undefined : embeddedBudget(url);
  if (embedded?.checked) return checkedBudget(url, embedded.text);
  // A file from the server is fetched and validated in a worker, away from the page's start-up work.
  const reply = embedded ? undefined : await fetchAndParseInWorker(new URL(url, document.baseURI).href, signal);
  if (reply) return fromWorker(url, reply);
  void loadParser();
  const fetched = embedded ? await readBudgetResponse(embeddedBudgetResponse(embedded)) : await fetchBudgetText(new URL(url, document.baseURI).href, signal);
  if (!fetched.ok) throwFetchProblem(url, fetched.problem);
  return loaded(url, await parseBudgetTextAsync(fetched.text));
}

function throwFetchProblem(url: string, problem: FetchProblem): never {
  if (problem.kind === 'tooLarge') throw new BudgetTooLargeError(url, problem.bytes);
  if (problem.kind === 'redirected') throw new BudgetRedirectedError(url, problem.to);
  throw new Error(`${url}: HTTP ${problem.status}`);
}

function loaded(url: string, result: ParseResult): LoadedBudget {
  if (!result.ok) throw new BudgetValidationError(url, result.issues);
  return { file: result.budget, model: result.model, sourceId: url };
}

function fromWorker(url: string, reply: WorkerReply): LoadedBudget {
  if ('fetchFailed' in reply) throw new Error(`${url}: ${reply.fetchFailed}`);
  if ('fetchProblem' in reply) throwFetchProblem(url, reply.fetchProblem);
  return loaded(url, reply.parsed);
}

export function budgetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['budget', url],
    queryFn: () => withTimeout((signal) => fetchBudget(url, signal), url),
    staleTime: Infinity,
    retry: (failureCount, error) => !isDatasetProblem(error) && failureCount < 2,
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

/**
 * Starts loading what the page will show first. A budget the page carries already
 * validated goes straight into the cache, so the first render draws the dashboard
 * rather than a loading state; anything else is requested before React renders.
 * True when the budget is in the cache already.
 */
export function startLoading(queryClient: QueryClient, source: DatasetSource): boolean {
  const options = sourceQueryOptions(source);
  const ready = source.kind === 'stored' ? undefined : checkedEmbeddedBudget(source.kind === 'url' ? source.url : SEED_URL);
  if (ready) queryClient.setQueryData(options.queryKey, ready);
  else void queryClient.prefetchQuery(options);
  return ready !== undefined;
}

/** The build's prerender: the seed's text, as validated when the page was built, into the cache. */
export function seedFromCheckedText(queryClient: QueryClient, text: string): void {
  queryClient.setQueryData(sourceQueryOptions(SEED_SOURCE).queryKey, checkedBudget(SEED_URL, text));
}

export function sourceQueryOptions(source: DatasetSource) {
  if (source.kind === 'stored') return datasetQueryOptions(source.id);
  return budgetQueryOptions(source.kind === 'url' ? source.url : SEED_URL);
}

/** True for errors the user should read about rather than retry. */
export function isDatasetProblem(error: unknown): boolean {
  return [BudgetValidationError, BudgetTooLargeError, BudgetRedirectedError, BudgetTimeoutError, DatasetNotFoundError, DatasetUnreadableError].some((type) => error instanceof type);
}
