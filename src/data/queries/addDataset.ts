/**
 * A validated file into the library. Storage refusing it never loses it: the entry
 * is kept for this page (with its text) and the problem is said.
 */
import { MutationObserver, mutationOptions, type QueryClient } from '@tanstack/react-query';
import { newId, problemOf, type LibraryEntry, type LibraryState, type NewDataset } from '../datasetLibrary';
import { StorageError, type DatasetMeta } from '../datasetStore';
import { libraryBackend } from '../libraryBackend';
import { libraryKeys } from './keys';
import { getDatasetText, libraryQueryOptions, updateLibrary } from './libraryQuery';

export interface AddDataset {
  text: string;
  input: NewDataset;
}

/** Loading the same file again switches to the copy already kept. */
async function findSameFile(client: QueryClient, { text, input }: AddDataset): Promise<LibraryEntry | undefined> {
  const { entries } = await client.ensureQueryData(libraryQueryOptions());
  const candidates = entries.filter((e) => e.bytes === input.bytes && e.department === input.department && e.fiscalYear === input.fiscalYear);
  for (const candidate of candidates) {
    const stored = await getDatasetText(client, candidate.id).catch(() => undefined);
    if (stored === text) return candidate;
  }
  return undefined;
}

async function add(client: QueryClient, dataset: AddDataset): Promise<LibraryEntry> {
  const same = await findSameFile(client, dataset);
  if (same) return same;
  const { text, input } = dataset;
  const meta: DatasetMeta = { ...input, id: newId(), name: input.name ?? `${input.department} ${input.fiscalYear}`, addedAt: new Date().toISOString() };
  await client.cancelQueries({ queryKey: libraryKeys.list() });
  try {
    if (client.getQueryData<LibraryState>(libraryKeys.list())?.storage === 'unavailable') throw new StorageError('unavailable', new Error('no storage'));
    await libraryBackend(client).put(meta, text);
    const entry = { ...meta, persisted: true };
    updateLibrary(client, (current) => ({ storage: undefined, entries: [...current.entries, entry] }));
    return entry;
  } catch (error) {
    const entry = { ...meta, persisted: false };
    updateLibrary(client, (current) => ({ storage: problemOf(error), entries: [...current.entries, entry], kept: { ...current.kept, [meta.id]: text } }));
    return entry;
  }
}

export function addDatasetMutation(client: QueryClient) {
  return mutationOptions({
    mutationKey: [...libraryKeys.list(), 'add'],
    mutationFn: (dataset: AddDataset) => add(client, dataset),
    networkMode: 'always',
  });
}

/** Adds a validated file from outside React (a file picked, an explanation imported); returns its entry even when storage refused it. */
export function addDataset(client: QueryClient, text: string, input: NewDataset): Promise<LibraryEntry> {
  return new MutationObserver(client, addDatasetMutation(client)).mutate({ text, input });
}
