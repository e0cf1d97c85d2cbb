/**
 * The state of the latest file load, shared by the file button, the drop zone and
 * the report that shows the outcome (they sit in different parts of the page).
 */
import { useSyncExternalStore } from 'react';
import type { LibraryEntry } from '@/data/datasetLibrary';
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

let status: LoadStatus = { kind: 'idle' };
const listeners = new Set<() => void>();

export function setLoadStatus(next: LoadStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLoadStatus(): LoadStatus {
  return useSyncExternalStore(
    subscribe,
    () => status,
    () => status,
  );
}
