/**
 * The library's writes as mutations over a storage that works until it refuses
 * (a backend with IndexedDB's behaviour; the IndexedDB path itself runs in Chromium:
 * tests/e2e/library-storage.spec.ts).
 */
import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LibraryState } from '@/data/datasetLibrary';
import { StorageError } from '@/data/datasetStore';
import { setLibraryBackend } from '@/data/libraryBackend';
import { addDataset } from '@/data/queries/addDataset';
import { libraryKeys } from '@/data/queries/keys';
import { findEntry, libraryQueryOptions } from '@/data/queries/libraryQuery';
import { removeDatasetMutation } from '@/data/queries/removeDataset';
import { renameDatasetMutation } from '@/data/queries/renameDataset';
import { MapLibraryBackend } from '../support/mapLibraryBackend';

const text = readFileSync('tests/fixtures/valid/example-edu-2022-yuan.json', 'utf8');
const input = { fileName: 'example-edu-2022-yuan.json', department: '示例县教育和体育局', fiscalYear: 2022, unit: '元', bytes: text.length };
const quota = () => new StorageError('quota', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

describe('library writes', () => {
  let client: QueryClient;
  let backend: MapLibraryBackend;
  beforeEach(() => {
    client = new QueryClient();
    backend = new MapLibraryBackend();
    setLibraryBackend(client, backend);
  });
  const library = () => client.getQueryData<LibraryState>(libraryKeys.list());

  it('saves a file, and a second page (a reload) lists it', async () => {
    const entry = await addDataset(client, text, input);
    expect(entry.persisted).toBe(true);
    const reloaded = new QueryClient();
    setLibraryBackend(reloaded, backend);
    expect((await reloaded.fetchQuery(libraryQueryOptions())).entries).toEqual([entry]);
  });

  it('shows a new name at once; when storage refuses it, the old name comes back and the problem is said', async () => {
    const entry = await addDataset(client, text, input);
    const seen = [findEntry(client, entry.id)?.name];
    const stop = new QueryObserver(client, libraryQueryOptions()).subscribe((result) => seen.push(result.data?.entries[0]?.name));
    // Reading the list again fails too: the old name must come back from what this page knew, not from a re-read.
    backend.refuseWrites = backend.refuseReads = quota();
    await expect(new MutationObserver(client, renameDatasetMutation(client)).mutate({ id: entry.id, name: '2022 年预算' })).rejects.toBeInstanceOf(StorageError);
    stop();
    // What a screen watching the list drew: the new name while storage was asked, then the old one again.
    expect(seen.filter((name, i) => name !== seen[i - 1])).toEqual(['示例县教育和体育局 2022', '2022 年预算', '示例县教育和体育局 2022']);
    expect(findEntry(client, entry.id)?.name).toBe('示例县教育和体育局 2022');
    expect(library()?.storage).toBe('quota');
    expect(backend.metas.get(entry.id)?.name).toBe('示例县教育和体育局 2022');
  });

  it('keeps a dataset listed, and says why, when storage refuses to delete it', async () => {
    const entry = await addDataset(client, text, input);
    backend.refuseWrites = new StorageError('failed', new Error('disk trouble'));
    await expect(new MutationObserver(client, removeDatasetMutation(client)).mutate(entry.id)).rejects.toBeInstanceOf(StorageError);
    expect(library()).toMatchObject({ entries: [entry], storage: 'failed' });
    backend.refuseWrites = undefined;
    await new MutationObserver(client, removeDatasetMutation(client)).mutate(entry.id);
    expect(library()?.entries).toEqual([]);
    expect(backend.metas.size).toBe(0);
  });

  it('keeps a file storage refused through a re-read of the list, and tells a watching screen', async () => {
    const watched: string[][] = [];
    const observer = new QueryObserver(client, libraryQueryOptions());
    const stop = observer.subscribe((result) => watched.push((result.data?.entries ?? []).map((e) => e.name)));
    backend.refuseWrites = quota();
    const entry = await addDataset(client, text, input);
    expect(entry.persisted).toBe(false);
    await client.invalidateQueries({ queryKey: libraryKeys.list() });
    expect(library()).toMatchObject({ entries: [entry], storage: 'quota' });
    expect(watched.at(-1)).toEqual(['示例县教育和体育局 2022']);
    stop();
  });
});
