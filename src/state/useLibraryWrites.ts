/** The library's writes for React: a row's rename and removal (only the dialog needs them, so they stay off the first page load). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { removeDatasetMutation } from '@/data/queries/removeDataset';
import { renameDatasetMutation } from '@/data/queries/renameDataset';

export function useRenameDataset() {
  return useMutation(renameDatasetMutation(useQueryClient()));
}

export function useRemoveDataset() {
  return useMutation(removeDatasetMutation(useQueryClient()));
}
