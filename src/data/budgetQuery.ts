/** Fetching a budget file by URL through TanStack Query, validated on arrival. */
import { queryOptions } from '@tanstack/react-query';
import { parseBudgetText, type ValidationIssue } from './parseBudget';
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
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const result = parseBudgetText(await response.text());
  if (!result.ok) throw new BudgetValidationError(url, result.issues);
  return { file: result.budget, model: result.model, sourceId: url };
}

export function budgetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['budget', url],
    queryFn: () => fetchBudget(url),
    staleTime: Infinity,
    retry: (failureCount, error) => !(error instanceof BudgetValidationError) && failureCount < 2,
  });
}
