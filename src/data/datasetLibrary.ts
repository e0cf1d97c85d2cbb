/**
 * The user's datasets as the app sees them: IndexedDB when it works, memory when
 * it does not (private window, quota, no IndexedDB). A storage failure never loses
 * the file just loaded; it stays usable for this page and the problem is reported.
 * A stored entry that cannot be read is set aside (listed as unreadable), never fatal.
 *
 * The list lives in the query cache (queries/libraryQuery.ts); this file holds its
 * shape and the errors a stored dataset can give.
 */
import { StorageError, type DatasetMeta, type StorageProblem } from './datasetStore';
import type { ValidationIssue } from './parseBudget';

export interface LibraryEntry extends DatasetMeta {
  /** False when storage refused it: it lives only as long as this page. */
  persisted: boolean;
}

export interface UnreadableEntry {
  key: IDBValidKey;
  label: string;
  reason: 'record' | 'file' | 'invalid';
  issues?: ValidationIssue[];
}

export interface LibrarySnapshot {
  ready: boolean;
  entries: readonly LibraryEntry[];
  unreadable: readonly UnreadableEntry[];
  /** The latest storage problem, if any. */
  storage?: StorageProblem;
}

/** The list as cached: with the text of each file storage refused, kept for this page. */
export interface LibraryState extends LibrarySnapshot {
  kept: Readonly<Record<string, string>>;
}

/** A stored dataset whose record or file cannot be read back. */
export class DatasetUnreadableError extends Error {
  constructor(readonly id: string) {
    super(`dataset ${id} cannot be read`);
    this.name = 'DatasetUnreadableError';
  }
}

/** The URL names a dataset this browser does not have (removed, or another computer's link). */
export class DatasetNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`dataset ${id} is not in this browser's library`);
    this.name = 'DatasetNotFoundError';
  }
}

export type NewDataset = Omit<DatasetMeta, 'id' | 'name' | 'addedAt'> & { name?: string };

export function isMeta(key: IDBValidKey, value: unknown): value is DatasetMeta {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const texts = ['id', 'name', 'fileName', 'department', 'unit', 'addedAt'].every((k) => typeof v[k] === 'string');
  return texts && v.id === key && Number.isInteger(v.fiscalYear) && typeof v.bytes === 'number';
}

export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `ds-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

export function problemOf(error: unknown): StorageProblem {
  return error instanceof StorageError ? error.problem : 'failed';
}
