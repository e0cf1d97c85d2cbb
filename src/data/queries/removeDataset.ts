/**
 * Removing a dataset (or an unreadable entry): it leaves the list once storage has
 * deleted it, so a reload straight after never brings it back; if storage refuses,
 * it stays listed (it is still stored) and the problem is said.
 */
import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { problemOf } from '../datasetLibrary';
import { libraryBackend } from '../libraryBackend';
import { libraryKeys } from './keys';
import { findEntry, updateLibrary } from './libraryQuery';

export function removeDatasetMutation(client: QueryClient) {
  return mutationOptions({
    mutationKey: [...libraryKeys.list(), 'remove'],
    networkMode: 'always',
    mutationFn: async (key: IDBValidKey) => {
      if (findEntry(client, String(key))?.persisted ?? true) await libraryBackend(client).remove(key);
    },
    onMutate: () => client.cancelQueries({ queryKey: libraryKeys.list() }),
    onSuccess: (_data, key) => {
      updateLibrary(client, (current) => {
        const kept = { ...current.kept };
        delete kept[String(key)];
        return { entries: current.entries.filter((e) => e.id !== key), unreadable: current.unreadable.filter((u) => u.key !== key), kept };
      });
    },
    onError: (error) => updateLibrary(client, () => ({ storage: problemOf(error) })),
    // Not awaited: the row's outcome is known once storage answers; the re-read only refreshes the list.
    onSettled: () => void client.invalidateQueries({ queryKey: libraryKeys.list() }),
  });
}
