/** The user's datasets for React: the list, unreadable entries and storage problems, and the writes a row offers. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LibrarySnapshot } from '@/data/datasetLibrary';
import { EMPTY_LIBRARY, libraryQueryOptions } from '@/data/queries/libraryQuery';
import { removeDatasetMutation } from '@/data/queries/removeDataset';
import { renameDatasetMutation } from '@/data/queries/renameDataset';

export function useDatasetLibrary(): LibrarySnapshot {
  return useQuery(libraryQueryOptions()).data ?? EMPTY_LIBRARY;
}

export function useRenameDataset() {
  return useMutation(renameDatasetMutation(useQueryClient()));
}

export function useRemoveDataset() {
  return useMutation(removeDatasetMutation(useQueryClient()));
}
