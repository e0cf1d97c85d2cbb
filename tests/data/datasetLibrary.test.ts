/**
 * The library without IndexedDB (jsdom has none, like some private windows):
 * everything still works for the page, and the snapshot says storage is unavailable.
 * The IndexedDB path itself runs in Chromium: tests/e2e/library-storage.spec.ts.
 */
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { BudgetValidationError } from '@/data/budgetErrors';
import { DatasetNotFoundError, type LibraryState } from '@/data/datasetLibrary';
import { addDataset } from '@/data/queries/addDataset';
import { libraryKeys } from '@/data/queries/keys';
import { findEntry } from '@/data/queries/libraryQuery';
import { removeDatasetMutation } from '@/data/queries/removeDataset';
import { renameDatasetMutation } from '@/data/queries/renameDataset';
import { readStoredBudget } from '@/data/queries/storedBudget';

const text = readFileSync('tests/fixtures/valid/example-edu-2022-yuan.json', 'utf8');
const input = { fileName: 'example-edu-2022-yuan.json', department: '示例县教育和体育局', fiscalYear: 2022, unit: '元', bytes: text.length };

const libraryOf = (client: QueryClient) => client.getQueryData<LibraryState>(libraryKeys.list());
const rename = (client: QueryClient, id: string, name: string) => new MutationObserver(client, renameDatasetMutation(client)).mutate({ id, name });
const remove = (client: QueryClient, id: string) => new MutationObserver(client, removeDatasetMutation(client)).mutate(id);

describe('dataset library without storage', () => {
  let client: QueryClient;
  beforeEach(() => {
    client = new QueryClient();
  });

  it('keeps a loaded file for this page and reports storage as unavailable', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const entry = await addDataset(client, text, input);
    expect(entry).toMatchObject({ name: '示例县教育和体育局 2022', persisted: false });
    expect(libraryOf(client)).toMatchObject({ ready: true, storage: 'unavailable', entries: [entry] });
    const loaded = await readStoredBudget(client, entry.id);
    expect(loaded.model.total).toBe(1_477_000_075);
  });

  it('returns the same entry when the same file is loaded twice', async () => {
    const first = await addDataset(client, text, input);
    const second = await addDataset(client, text, input);
    expect(second.id).toBe(first.id);
    expect(libraryOf(client)?.entries).toHaveLength(1);
  });

  it('renames (trimmed, never to blank) and removes', async () => {
    const entry = await addDataset(client, text, input);
    await rename(client, entry.id, '  2022 年预算  ');
    await rename(client, entry.id, '   ');
    expect(findEntry(client, entry.id)?.name).toBe('2022 年预算');
    await remove(client, entry.id);
    expect(libraryOf(client)?.entries).toEqual([]);
    await expect(readStoredBudget(client, entry.id)).rejects.toBeInstanceOf(DatasetNotFoundError);
  });

  it('sets aside an entry whose text no longer validates, and says why', async () => {
    const entry = await addDataset(client, '{"formatVersion": 1}', input);
    const error = await readStoredBudget(client, entry.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BudgetValidationError);
    expect(findEntry(client, entry.id)).toBeUndefined();
    expect(libraryOf(client)?.unreadable).toEqual([expect.objectContaining({ key: entry.id, reason: 'invalid', label: entry.name })]);
  });
});
