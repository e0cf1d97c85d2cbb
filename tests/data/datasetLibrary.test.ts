/**
 * The library without IndexedDB (jsdom has none, like some private windows):
 * everything still works for the page, and the snapshot says storage is unavailable.
 * The IndexedDB path itself runs in Chromium: tests/e2e/library-storage.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { BudgetValidationError, readStoredBudget } from '@/data/budgetQuery';
import { datasetLibrary, DatasetNotFoundError } from '@/data/datasetLibrary';

const text = readFileSync('tests/fixtures/valid/example-edu-2022-yuan.json', 'utf8');
const input = { fileName: 'example-edu-2022-yuan.json', department: '示例县教育和体育局', fiscalYear: 2022, unit: '元', bytes: text.length };

describe('dataset library without storage', () => {
  beforeEach(() => datasetLibrary.reset());

  it('keeps a loaded file for this page and reports storage as unavailable', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const entry = await datasetLibrary.add(text, input);
    expect(entry).toMatchObject({ name: '示例县教育和体育局 2022', persisted: false });
    expect(datasetLibrary.getSnapshot()).toMatchObject({ ready: true, storage: 'unavailable', entries: [entry] });
    const loaded = await readStoredBudget(entry.id);
    expect(loaded.model.total).toBe(1_477_000_075);
  });

  it('returns the same entry when the same file is loaded twice', async () => {
    const first = await datasetLibrary.add(text, input);
    const second = await datasetLibrary.add(text, input);
    expect(second.id).toBe(first.id);
    expect(datasetLibrary.getSnapshot().entries).toHaveLength(1);
  });

  it('renames (trimmed, never to blank) and removes', async () => {
    const entry = await datasetLibrary.add(text, input);
    await datasetLibrary.rename(entry.id, '  2022 年预算  ');
    await datasetLibrary.rename(entry.id, '   ');
    expect(datasetLibrary.find(entry.id)?.name).toBe('2022 年预算');
    await datasetLibrary.remove(entry.id);
    expect(datasetLibrary.getSnapshot().entries).toEqual([]);
    await expect(readStoredBudget(entry.id)).rejects.toBeInstanceOf(DatasetNotFoundError);
  });

  it('sets aside an entry whose text no longer validates, and says why', async () => {
    const entry = await datasetLibrary.add('{"formatVersion": 1}', input);
    const error = await readStoredBudget(entry.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BudgetValidationError);
    expect(datasetLibrary.find(entry.id)).toBeUndefined();
    expect(datasetLibrary.getSnapshot().unreadable).toEqual([expect.objectContaining({ key: entry.id, reason: 'invalid', label: entry.name })]);
  });
});
