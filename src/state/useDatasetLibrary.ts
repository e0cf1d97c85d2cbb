/** The user's datasets for React: the list, unreadable entries and storage problems (the writes are in useLibraryWrites.ts, with the dialog). */
import { useQuery } from '@tanstack/react-query';
import type { LibrarySnapshot } from '@/data/datasetLibrary';
import { EMPTY_LIBRARY, libraryQueryOptions } from '@/data/queries/libraryQuery';

export function useDatasetLibrary(): LibrarySnapshot {
  return useQuery(libraryQueryOptions()).data ?? EMPTY_LIBRARY;
}
