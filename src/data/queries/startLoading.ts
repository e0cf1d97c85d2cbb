/** What main.tsx runs before React's first render, so the first screen never waits on a request React would start. */
import type { QueryClient } from '@tanstack/react-query';
import { SEED_URL, type DatasetSource } from '../datasetSource';
import { checkedEmbeddedBudget } from './checkedBudget';
import { sourceQueryOptions } from './sourceQuery';

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
