/** A dataset from the user's library, re-validated on every read: a corrupt entry is set aside, never shown. */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { BudgetValidationError } from '../budgetErrors';
import { DatasetNotFoundError } from '../datasetLibrary';
import type { LoadedBudget } from '../loadedBudget';
import { loadParser, parseBudgetTextAsync } from '../parseAsync';
import { budgetKeys } from './keys';
import { findEntry, getDatasetText, libraryQueryOptions, setAside } from './libraryQuery';

export async function readStoredBudget(client: QueryClient, id: string): Promise<LoadedBudget> {
  void loadParser();
  await client.ensureQueryData(libraryQueryOptions());
  const entry = findEntry(client, id);
  if (!entry) throw new DatasetNotFoundError(id);
  const result = await parseBudgetTextAsync(await getDatasetText(client, id));
  if (!result.ok) {
    setAside(client, id, 'invalid', result.issues);
    throw new BudgetValidationError(entry.name, result.issues);
  }
  return { file: result.budget, model: result.model, sourceId: id };
}

export function datasetQueryOptions(id: string) {
  return queryOptions({
    queryKey: budgetKeys.dataset(id),
    queryFn: ({ client }) => readStoredBudget(client, id),
    staleTime: Infinity,
    retry: false,
  });
}
