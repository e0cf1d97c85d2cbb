/** A budget at a same-origin URL (the seed, `?data=`), fetched and validated on arrival. */
import { queryOptions } from '@tanstack/react-query';
import { BudgetRedirectedError, BudgetTooLargeError, BudgetValidationError, isDatasetProblem } from '../budgetErrors';
import { embeddedBudgetResponse, embeddedBudget } from '../embeddedBudget';
import type { LoadedBudget } from '../loadedBudget';
import { withTimeout } from '../loadTimeout';
import { fetchAndParseInWorker, loadParser, parseBudgetTextAsync } from '../parseAsync';
import type { ParseResult } from '../parseBudget';
import type { WorkerReply } from '../parseWorker';
import { fetchBudgetText, readBudgetResponse, type FetchProblem } from '../readBudgetResponse';
import { checkedBudget } from './checkedBudget';
import { budgetKeys } from './keys';

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
    queryKey: budgetKeys.url(url),
    queryFn: () => withTimeout((signal) => fetchBudget(url, signal), url),
    staleTime: Infinity,
    retry: (failureCount, error) => !isDatasetProblem(error) && failureCount < 2,
  });
}
