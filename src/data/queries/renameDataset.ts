/** Renaming a dataset: shown at once; if storage refuses it, the old name comes back and the problem is said. */
import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { problemOf, type LibraryState } from '../datasetLibrary';
import { libraryBackend } from '../libraryBackend';
import { libraryKeys } from './keys';
import { findEntry, updateLibrary } from './libraryQuery';

export interface RenameDataset {
  id: string;
  name: string;
}

const rename = (id: string, name: string) => (current: LibraryState) => ({
  entries: current.entries.map((e) => (e.id === id ? { ...e, name } : e)),
});

export function renameDatasetMutation(client: QueryClient) {
  return mutationOptions({
    mutationKey: [...libraryKeys.list(), 'rename'],
    networkMode: 'always',
    mutationFn: async ({ id, name }: RenameDataset) => {
      const entry = findEntry(client, id);
      if (entry?.persisted && name.trim()) await libraryBackend(client).rename(id, name.trim());
    },
    onMutate: async ({ id, name }: RenameDataset) => {
      await client.cancelQueries({ queryKey: libraryKeys.list() });
      const previous = findEntry(client, id)?.name;
      if (name.trim()) updateLibrary(client, rename(id, name.trim()));
      return { previous };
    },
    onError: (error, { id }, context) => {
      updateLibrary(client, (current) => ({ ...(context?.previous === undefined ? {} : rename(id, context.previous)(current)), storage: problemOf(error) }));
    },
    // Not awaited: the row's outcome is known once storage answers; the re-read only refreshes the list.
    onSettled: () => void client.invalidateQueries({ queryKey: libraryKeys.list() }),
  });
}
