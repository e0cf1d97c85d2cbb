/**
 * The state of the latest file load, shared by the file button, the drop zone and
 * the report that shows the outcome (they sit in different parts of the page).
 */
import { queryOptions, skipToken, useQuery, type QueryClient } from '@tanstack/react-query';
import type { LibraryEntry } from '@/data/datasetLibrary';
import { loadStatusKeys } from '@/data/queries/keys';
import type { StorageProblem } from '@/data/datasetStore';
import type { ValidationIssue } from '@/data/parseBudget';

export type FileProblem =
  | { kind: 'invalid'; issues: ValidationIssue[] }
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'redirected' }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'notFound'; id: string }
  | { kind: 'damaged'; name: string };

export type FileOutcome = { fileName: string; ok: true; entry: LibraryEntry; storage?: StorageProblem } | { fileName: string; ok: false; problem: FileProblem };

export type LoadStatus = { kind: 'idle' } | { kind: 'reading'; fileName: string; bytes: number } | { kind: 'done'; outcomes: FileOutcome[] };

const IDLE: LoadStatus = { kind: 'idle' };

/** Set, never fetched: the cache is where the file button, the drop zone and the report meet. */
const loadStatusQuery = queryOptions<LoadStatus>({ queryKey: loadStatusKeys.latest(), queryFn: skipToken, initialData: IDLE, staleTime: Infinity, gcTime: Infinity });

export function setLoadStatus(queryClient: QueryClient, next: LoadStatus): void {
  queryClient.setQueryData(loadStatusQuery.queryKey, next);
}

export function useLoadStatus(): LoadStatus {
  return useQuery(loadStatusQuery).data ?? IDLE;
}
