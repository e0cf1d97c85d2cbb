/**
 * A validated budget into the user's library and onto the query cache, so showing
 * it is instant. Shared by every way a budget arrives (a file, an imported
 * explanation). Storage failing never loses the budget: it stays for this page
 * and the problem comes back for the caller to say.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Budget } from '@/data/budgetSchema';
import type { LibraryEntry, LibraryState } from '@/data/datasetLibrary';
import type { StorageProblem } from '@/data/datasetStore';
import { addDataset } from '@/data/queries/addDataset';
import { libraryKeys } from '@/data/queries/keys';
import { datasetQueryOptions } from '@/data/queries/storedBudget';
import type { BudgetModel } from '@/domain/model';

export interface KeptDataset {
  entry: LibraryEntry;
  /** Set when storage refused the file: it lives only as long as this page. */
  storage?: StorageProblem;
}

export async function keepDataset(
  queryClient: QueryClient,
  text: string,
  parsed: { budget: Budget; model: BudgetModel },
  file: { fileName: string; bytes: number },
): Promise<KeptDataset> {
  const { budget, model } = parsed;
  const entry = await addDataset(queryClient, text, {
    fileName: file.fileName,
    department: budget.department.name,
    fiscalYear: budget.fiscalYear,
    unit: budget.unit,
    bytes: file.bytes,
  });
  queryClient.setQueryData(datasetQueryOptions(entry.id).queryKey, { file: budget, model, sourceId: entry.id });
  const storage = queryClient.getQueryData<LibraryState>(libraryKeys.list())?.storage;
  return { entry, ...(entry.persisted || !storage ? {} : { storage }) };
}
