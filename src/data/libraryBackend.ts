/**
 * Where the library's datasets are kept: IndexedDB in the app (datasetStore.ts),
 * a Map in unit tests that need storage to work or to fail on cue. Chosen per
 * QueryClient, so each test's client can have its own.
 */
import type { QueryClient } from '@tanstack/react-query';
import { deleteStoredDataset, getDatasetText, listStoredDatasets, putDataset, renameStoredDataset, type DatasetMeta, type StoredList } from './datasetStore';

export interface LibraryBackend {
  list(): Promise<StoredList>;
  put(meta: DatasetMeta, text: string): Promise<void>;
  /** The stored text, or whatever is stored under the id if it is not text (a corrupt entry). */
  getText(id: string): Promise<unknown>;
  rename(id: string, name: string): Promise<void>;
  remove(key: IDBValidKey): Promise<void>;
}

export const idbLibraryBackend: LibraryBackend = {
  list: listStoredDatasets,
  put: putDataset,
  getText: getDatasetText,
  rename: renameStoredDataset,
  remove: deleteStoredDataset,
};

const backends = new WeakMap<QueryClient, LibraryBackend>();

export function libraryBackend(client: QueryClient): LibraryBackend {
  return backends.get(client) ?? idbLibraryBackend;
}

/** Tests: this client's library reads and writes `backend` instead of IndexedDB. */
export function setLibraryBackend(client: QueryClient, backend: LibraryBackend): void {
  backends.set(client, backend);
}
