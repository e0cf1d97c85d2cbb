/**
 * The user's library as a query: the `datasets` store's records, checked, with the
 * entries storage refused (kept for this page) and those set aside as unusable
 * carried over from what was cached, so a re-read never loses either.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DatasetUnreadableError, isMeta, problemOf, type LibraryEntry, type LibraryState, type UnreadableEntry } from '../datasetLibrary';
import { libraryBackend } from '../libraryBackend';
import type { ValidationIssue } from '../parseBudget';
import { libraryKeys } from './keys';

export const EMPTY_LIBRARY: LibraryState = { ready: false, entries: [], unreadable: [], kept: {} };

async function readLibrary(client: QueryClient): Promise<LibraryState> {
  let read: { entries: LibraryEntry[]; unreadable: UnreadableEntry[] } | { error: unknown };
  try {
    const { records } = await libraryBackend(client).list();
    const entries: LibraryEntry[] = [];
    const unreadable: UnreadableEntry[] = [];
    for (const { key, value } of records) {
      if (isMeta(key, value)) entries.push({ ...value, persisted: true });
      else unreadable.push({ key, label: String(key), reason: 'record' });
    }
    read = { entries: entries.sort((a, b) => a.addedAt.localeCompare(b.addedAt)), unreadable };
  } catch (error) {
    read = { error };
  }
  // What the cache holds now, not when the read began: a change made meanwhile is kept.
  const previous = client.getQueryData<LibraryState>(libraryKeys.list()) ?? EMPTY_LIBRARY;
  if ('error' in read) return { ...previous, ready: true, storage: problemOf(read.error) };
  const setAsideHere = previous.unreadable.filter((u) => u.reason !== 'record');
  const setAsideKeys = new Set(setAsideHere.map((u) => u.key));
  return {
    ready: true,
    entries: [...read.entries.filter((e) => !setAsideKeys.has(e.id)), ...previous.entries.filter((e) => !e.persisted)],
    unreadable: [...read.unreadable, ...setAsideHere],
    kept: previous.kept,
    // The read worked, so storage is there; a quota or write failure stays said until a write succeeds.
    ...(previous.storage && previous.storage !== 'unavailable' ? { storage: previous.storage } : {}),
  };
}

export function libraryQueryOptions() {
  return queryOptions({
    queryKey: libraryKeys.list(),
    queryFn: ({ client }) => readLibrary(client),
    staleTime: Infinity,
    // Files storage refused live only here: the list is never dropped from the cache.
    gcTime: Infinity,
    retry: false,
    networkMode: 'always',
  });
}

/** Changes the cached list (after a write, or an entry found unusable). */
export function updateLibrary(client: QueryClient, change: (current: LibraryState) => Partial<LibraryState>): void {
  client.setQueryData<LibraryState>(libraryKeys.list(), (current = { ...EMPTY_LIBRARY, ready: true }) => ({ ...current, ...change(current) }));
}

export function findEntry(client: QueryClient, id: string): LibraryEntry | undefined {
  return client.getQueryData<LibraryState>(libraryKeys.list())?.entries.find((e) => e.id === id);
}

/** Moves an entry out of the usable list: its record or file cannot be used. */
export function setAside(client: QueryClient, id: string, reason: UnreadableEntry['reason'], issues?: ValidationIssue[]): void {
  const entry = findEntry(client, id);
  if (!entry) return;
  const unreadable: UnreadableEntry = { key: id, label: entry.name, reason, ...(issues ? { issues } : {}) };
  updateLibrary(client, (current) => ({ entries: current.entries.filter((e) => e.id !== id), unreadable: [...current.unreadable, unreadable] }));
}

/** A dataset's file exactly as the user brought it (this page's copy when storage refused it). */
export async function getDatasetText(client: QueryClient, id: string): Promise<string> {
  const kept = client.getQueryData<LibraryState>(libraryKeys.list())?.kept[id];
  if (kept !== undefined) return kept;
  const stored = await libraryBackend(client).getText(id);
  if (typeof stored !== 'string') {
    setAside(client, id, 'file');
    throw new DatasetUnreadableError(id);
  }
  return stored;
}
