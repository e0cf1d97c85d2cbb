/** Budgets the build validated with this same parser (vite.embed.ts, the prerender): into the cache without the validator chunk. */
import type { QueryClient } from '@tanstack/react-query';
import type { Budget } from '../budgetSchema';
import { SEED_URL } from '../datasetSource';
import { embeddedBudget } from '../embeddedBudget';
import type { LoadedBudget } from '../loadedBudget';
import { toBudgetModel } from '../toBudgetModel';
import { budgetKeys } from './keys';

export function checkedBudget(url: string, text: string): LoadedBudget {
  const file = JSON.parse(text) as Budget;
  return { file, model: toBudgetModel(file), sourceId: url };
}

/** The budget at `url` when the page carries it already validated, at once (no promise, no request). */
export function checkedEmbeddedBudget(url: string): LoadedBudget | undefined {
  const embedded = embeddedBudget(url);
  return embedded?.checked ? checkedBudget(url, embedded.text) : undefined;
}

/** The build's prerender: the seed's text, as validated when the page was built, into the cache. */
export function seedFromCheckedText(queryClient: QueryClient, text: string): void {
  queryClient.setQueryData(budgetKeys.url(SEED_URL), checkedBudget(SEED_URL, text));
}
