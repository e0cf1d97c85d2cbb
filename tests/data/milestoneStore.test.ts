/**
 * The status store's logic over a backend that behaves like the `milestones`
 * object store (structured clones in a Map, atomic read-change-write). The real
 * IndexedDB path runs in Chromium: tests/e2e/milestones.spec.ts.
 */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { StorageError } from '@/data/datasetStore';
import { broadcastChannel, MilestoneStore } from '@/data/milestoneStore';
import { MapBackend } from '../support/mapMilestoneBackend';

const SEED = 'data/lushan-shebao-2021.json';
const quota = () => new StorageError('quota', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

/** A store over an empty backend, with the seed's statuses loaded. */
async function loadedStore() {
  const backend = new MapBackend();
  const store = new MilestoneStore(new QueryClient(), backend);
  await store.load(SEED);
  return { backend, store };
}

describe('milestone status store', () => {
  it('saves a status and finds it again after a reload', async () => {
    const { backend, store } = await loadedStore();
    const state = await store.set(SEED, 'zhongren-pay-2018-2019', { status: 'done', date: '2021-04-28', note: '已兑现 120 人' });
    expect(state).toBe('saved');
    expect(store.getSnapshot(SEED).saves['zhongren-pay-2018-2019']).toBe('saved');

    const reloaded = new MilestoneStore(new QueryClient(), backend);
    await reloaded.load(SEED);
    expect(reloaded.getSnapshot(SEED)).toMatchObject({
      ready: true,
      statuses: { 'zhongren-pay-2018-2019': { status: 'done', date: '2021-04-28', note: '已兑现 120 人' } },
    });
    expect(reloaded.getSnapshot('ds-other').statuses).toEqual({});
  });

  it('writes fast typing in few writes, the last value winning', async () => {
    const backend = new MapBackend();
    const store = new MilestoneStore(new QueryClient(), backend);
    const typed = ['等', '等待', '等待财', '等待财政', '等待财政拨款'];
    const saving = Promise.all(typed.map((note) => store.set(SEED, 'veterans-results', { status: 'in-progress', note })));
    expect(store.isWriting()).toBe(true);
    await saving;
    expect(store.isWriting()).toBe(false);
    expect(backend.writes).toBeLessThan(typed.length);
    expect(backend.records.get(SEED)).toEqual({ version: 1, statuses: { 'veterans-results': { status: 'in-progress', note: '等待财政拨款' } } });
    expect(store.getSnapshot(SEED).statuses['veterans-results']?.note).toBe('等待财政拨款');
  });

  it('keeps what another tab saved meanwhile', async () => {
    const { backend, store } = await loadedStore();
    backend.records.set(SEED, { version: 1, statuses: { 'coverage-survey': { status: 'done' } } });
    await store.set(SEED, 'coverage-outreach', { status: 'in-progress' });
    expect(backend.records.get(SEED)).toEqual({
      version: 1,
      statuses: { 'coverage-survey': { status: 'done' }, 'coverage-outreach': { status: 'in-progress' } },
    });
  });

  it('keeps a status in memory when the disk is full, says so, and saves again once there is room', async () => {
    const { backend, store } = await loadedStore();
    backend.failWith = quota();
    expect(await store.set(SEED, 'zhongren-data', { status: 'done' })).toBe('memory');
    expect(store.getSnapshot(SEED)).toMatchObject({
      storage: 'quota',
      statuses: { 'zhongren-data': { status: 'done' } },
      saves: { 'zhongren-data': 'memory' },
    });
    expect(backend.records.has(SEED)).toBe(false);

    backend.failWith = undefined;
    expect(await store.set(SEED, 'zhongren-data', { status: 'done', note: '已完成' })).toBe('saved');
    expect(store.getSnapshot(SEED).storage).toBeUndefined();
    expect(backend.records.get(SEED)).toEqual({ version: 1, statuses: { 'zhongren-data': { status: 'done', note: '已完成' } } });
  });

  it('works for the page without IndexedDB and never tries to write', async () => {
    const backend = new MapBackend();
    backend.failWith = new StorageError('unavailable', new Error('IndexedDB is not available'));
    const store = new MilestoneStore(new QueryClient(), backend);
    await store.load(SEED);
    expect(store.getSnapshot(SEED)).toMatchObject({ ready: true, storage: 'unavailable' });
    expect(await store.set(SEED, 'zhongren-data', { status: 'in-progress' })).toBe('memory');
    expect(store.getSnapshot(SEED).statuses).toEqual({ 'zhongren-data': { status: 'in-progress' } });
    expect(backend.writes).toBe(0);
  });

  it('keeps the first status set before any read, when there is no IndexedDB (a private window)', async () => {
    const backend = new MapBackend();
    backend.failWith = new StorageError('unavailable', new Error('IndexedDB is not available'));
    const store = new MilestoneStore(new QueryClient(), backend);
    // No load first: the write's own read fails while the edit is on its way.
    expect(await store.set(SEED, 'zhongren-pay-2018-2019', { status: 'done', date: '2021-05-20' })).toBe('memory');
    expect(store.getSnapshot(SEED).statuses).toEqual({ 'zhongren-pay-2018-2019': { status: 'done', date: '2021-05-20' } });
  });

  it('sets aside stored entries that are not statuses, keeps them on the next write, and shows the rest', async () => {
    const backend = new MapBackend();
    backend.records.set(SEED, {
      version: 1,
      statuses: {
        'zhongren-data': { status: 'done', date: '2021-02-26' },
        'zhongren-pay-2020': { status: 'finished' },
        'veterans-results': { status: 'done', date: '2021-02-30' },
      },
    });
    const store = new MilestoneStore(new QueryClient(), backend);
    await store.load(SEED);
    const snapshot = store.getSnapshot(SEED);
    expect(snapshot.statuses).toEqual({ 'zhongren-data': { status: 'done', date: '2021-02-26' } });
    expect(snapshot.setAside.map((e) => e.key)).toEqual(['zhongren-pay-2020', 'veterans-results']);

    await store.set(SEED, 'zhongren-pay-2020', { status: 'in-progress' });
    const record = backend.records.get(SEED) as { statuses: object; setAside: { key: string; value: unknown }[] };
    expect(record.statuses).toEqual({ 'zhongren-data': { status: 'done', date: '2021-02-26' }, 'zhongren-pay-2020': { status: 'in-progress' } });
    expect(record.setAside.map(({ key, value }) => ({ key, value }))).toEqual([
      { key: 'zhongren-pay-2020', value: { status: 'finished' } },
      { key: 'veterans-results', value: { status: 'done', date: '2021-02-30' } },
    ]);
  });

  it('sets aside a whole record that is not one, rather than overwrite it', async () => {
    const backend = new MapBackend();
    backend.records.set(SEED, 'garbled');
    const store = new MilestoneStore(new QueryClient(), backend);
    await store.load(SEED);
    expect(store.getSnapshot(SEED).setAside).toEqual([expect.objectContaining({ key: '(record)', value: 'garbled' })]);
    await store.set(SEED, 'zhongren-data', { status: 'done' });
    expect(backend.records.get(SEED)).toMatchObject({ statuses: { 'zhongren-data': { status: 'done' } }, setAside: [{ key: '(record)', value: 'garbled' }] });
  });

  it('records "not started" chosen for a step nobody reported on (it is a report of its own), and imports it too', async () => {
    const { backend, store } = await loadedStore();
    await store.set(SEED, 'zhongren-data', { status: 'not-started' });
    await store.setMany(SEED, new Map([['zhongren-pay-2020', { status: 'not-started' as const }]]));
    expect(backend.records.get(SEED)).toEqual({
      version: 1,
      statuses: { 'zhongren-data': { status: 'not-started' }, 'zhongren-pay-2020': { status: 'not-started' } },
    });
  });

  it('imports several statuses in one write', async () => {
    const backend = new MapBackend();
    const store = new MilestoneStore(new QueryClient(), backend);
    const changes = new Map([
      ['zhongren-data', { status: 'done' as const }],
      ['zhongren-pay-2020', { status: 'delayed' as const, date: '2021-08-31' }],
    ]);
    expect(await store.setMany(SEED, changes)).toBe('saved');
    expect(backend.writes).toBe(1);
    expect(Object.keys(store.getSnapshot(SEED).statuses)).toEqual(['zhongren-data', 'zhongren-pay-2020']);
  });
});

describe('two tabs on one dataset', () => {
  const APRIL = 'zhongren-pay-2018-2019';
  let channels = 0;
  /** Two stores over one backend, as two tabs over one IndexedDB, told of each other's writes by a real BroadcastChannel. */
  async function twoTabs() {
    const name = `milestones-test-${(channels += 1)}`;
    const backend = new MapBackend();
    const a = new MilestoneStore(new QueryClient(), backend, broadcastChannel(name));
    const b = new MilestoneStore(new QueryClient(), backend, broadcastChannel(name));
    await Promise.all([a.load(SEED), b.load(SEED)]);
    return { backend, a, b };
  }
  /** Resolves once the store's snapshot satisfies `check` (a message from the other tab arrives asynchronously). */
  function until(store: MilestoneStore, check: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      if (check()) return resolve();
      const stop = store.subscribe(() => {
        if (check()) {
          stop();
          resolve();
        }
      });
    });
  }

  it('keeps tab A’s "done" when stale tab B types a note, and both tabs end showing both', async () => {
    expect(typeof BroadcastChannel).toBe('function');
    const { backend, a, b } = await twoTabs();
    expect(await a.set(SEED, APRIL, { status: 'done' })).toBe('saved');
    // B has not heard yet: it still shows "not started" and types a note on it.
    expect(await b.set(SEED, APRIL, { note: '名单已核对' })).toBe('saved');
    expect(backend.records.get(SEED)).toEqual({ version: 1, statuses: { [APRIL]: { status: 'done', note: '名单已核对' } } });
    expect(b.getSnapshot(SEED).statuses[APRIL]).toEqual({ status: 'done', note: '名单已核对' });
    await until(a, () => a.getSnapshot(SEED).statuses[APRIL]?.note === '名单已核对');
    expect(a.getSnapshot(SEED).statuses[APRIL]).toEqual({ status: 'done', note: '名单已核对' });
    expect(b.getSnapshot(SEED).notices[APRIL]).toBeUndefined();
  });

  it('says nothing to a tab that wrote only a note when the other tab’s status arrives during its write', async () => {
    const { backend, a, b } = await twoTabs();
    backend.writeDelayMs = 30;
    await a.set(SEED, APRIL, { status: 'done' });
    // B starts its note before A's message arrives; the message lands while B's write is under way.
    expect(await b.set(SEED, APRIL, { note: '名单已核对' })).toBe('saved');
    await until(b, () => b.getSnapshot(SEED).statuses[APRIL]?.status === 'done');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(b.getSnapshot(SEED).statuses[APRIL]).toEqual({ status: 'done', note: '名单已核对' });
    expect(b.getSnapshot(SEED).notices[APRIL]).toBeUndefined();
  });

  it('says so on both tabs when both changed the same field', async () => {
    const { a, b } = await twoTabs();
    await a.set(SEED, APRIL, { status: 'done' });
    await b.set(SEED, APRIL, { status: 'delayed' });
    expect(b.getSnapshot(SEED).notices[APRIL]).toEqual([{ field: 'status', theirs: 'done', kind: 'overwrote' }]);
    await until(a, () => a.getSnapshot(SEED).statuses[APRIL]?.status === 'delayed');
    expect(a.getSnapshot(SEED).notices[APRIL]).toEqual([{ field: 'status', theirs: 'delayed', kind: 'elsewhere' }]);
  });

  it('a stale tab choosing "not started" on a step it shows as unreported replaces the other tab’s "done", and says so', async () => {
    const { backend, a, b } = await twoTabs();
    await a.set(SEED, APRIL, { status: 'done' });
    await b.set(SEED, APRIL, { status: 'not-started' });
    expect(backend.records.get(SEED)).toEqual({ version: 1, statuses: { [APRIL]: { status: 'not-started' } } });
    expect(b.getSnapshot(SEED).notices[APRIL]).toEqual([{ field: 'status', theirs: 'done', kind: 'overwrote' }]);
  });

  it('stops saying "saved" once the stored records are deleted from another tab, and saves everything again on request', async () => {
    const { backend, a } = await twoTabs();
    await a.set(SEED, APRIL, { status: 'done' });
    expect(a.getSnapshot(SEED).saves[APRIL]).toBe('saved');
    backend.deleteAll();
    expect(a.getSnapshot(SEED)).toMatchObject({ cleared: true, saves: { [APRIL]: 'memory' }, statuses: { [APRIL]: { status: 'done' } } });
    expect(await a.saveAll(SEED)).toBe('saved');
    expect(a.getSnapshot(SEED)).toMatchObject({ cleared: false, saves: { [APRIL]: 'saved' }, notices: {} });
    expect(backend.records.get(SEED)).toEqual({ version: 1, statuses: { [APRIL]: { status: 'done' } } });
  });
});
