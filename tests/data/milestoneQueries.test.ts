/**
 * Milestone statuses as the screen reads them: a query (what useQuery watches) and
 * a mutation, over a backend with the `milestones` store's behaviour. The real
 * IndexedDB path runs in Chromium: tests/e2e/milestones.spec.ts.
 */
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { StorageError } from '@/data/datasetStore';
import { broadcastChannel, MilestoneStore, type StatusSnapshot } from '@/data/milestoneStore';
import { MapBackend } from '../support/mapMilestoneBackend';

const SEED = 'data/lushan-shebao-2021.json';
const APRIL = 'zhongren-pay-2018-2019';
const quota = () => new StorageError('quota', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

/** Resolves with the first result a watching screen gets that satisfies `check`. */
function watch(client: QueryClient, store: MilestoneStore, check: (data: StatusSnapshot) => boolean): Promise<StatusSnapshot> {
  return new Promise((resolve) => {
    const observer = new QueryObserver(client, store.queryOptions(SEED));
    const stop = observer.subscribe(({ data }) => {
      if (data && check(data)) {
        stop();
        resolve(data);
      }
    });
  });
}

describe('milestone statuses as a query and a mutation', () => {
  it('shows an edit at once, marked saving, before storage answers', async () => {
    const backend = new MapBackend();
    backend.writeDelayMs = 30;
    const client = new QueryClient();
    const store = new MilestoneStore(client, backend);
    await store.load(SEED);
    const saving = store.set(SEED, APRIL, { status: 'done' });
    expect(store.getSnapshot(SEED)).toMatchObject({ statuses: { [APRIL]: { status: 'done' } }, saves: { [APRIL]: 'saving' } });
    expect(backend.records.has(SEED)).toBe(false);
    expect(store.isWriting()).toBe(true);
    expect(await saving).toBe('saved');
    expect(store.getSnapshot(SEED).saves[APRIL]).toBe('saved');
    expect(store.isWriting()).toBe(false);
  });

  it('brings another tab’s write to this tab’s screen with no action here', async () => {
    const name = 'milestones-query-test';
    const backend = new MapBackend();
    const [clientA, clientB] = [new QueryClient(), new QueryClient()];
    const a = new MilestoneStore(clientA, backend, broadcastChannel(name));
    const b = new MilestoneStore(clientB, backend, broadcastChannel(name));
    await Promise.all([a.load(SEED), b.load(SEED)]);
    const arrived = watch(clientA, a, (data) => data.statuses[APRIL]?.note === '名单已核对');
    await b.set(SEED, APRIL, { status: 'in-progress', note: '名单已核对' });
    expect((await arrived).statuses[APRIL]).toEqual({ status: 'in-progress', note: '名单已核对' });
    // A only read: nothing of its own was overwritten, so there is nothing to warn about.
    expect(a.getSnapshot(SEED).notices).toEqual({});
  });

  it('keeps an edit storage refused through a re-read, and keeps saying why', async () => {
    const backend = new MapBackend();
    const client = new QueryClient();
    const store = new MilestoneStore(client, backend);
    await store.load(SEED);
    backend.failWith = quota();
    expect(await store.set(SEED, APRIL, { status: 'delayed', note: '等待拨款' })).toBe('memory');
    await client.refetchQueries({ queryKey: store.queryOptions(SEED).queryKey, type: 'all' });
    expect(store.getSnapshot(SEED)).toMatchObject({ storage: 'quota', statuses: { [APRIL]: { status: 'delayed', note: '等待拨款' } }, saves: { [APRIL]: 'memory' } });
  });

  it('keeps a status set before a first read that failed (no IndexedDB) through a later re-read', async () => {
    const backend = new MapBackend();
    backend.failWith = new StorageError('unavailable', new Error('IndexedDB is not available'));
    const client = new QueryClient();
    const store = new MilestoneStore(client, backend);
    expect(await store.set(SEED, APRIL, { status: 'done', date: '2021-05-20' })).toBe('memory');
    await client.refetchQueries({ queryKey: store.queryOptions(SEED).queryKey, type: 'all' });
    expect(store.getSnapshot(SEED)).toMatchObject({ ready: true, storage: 'unavailable', statuses: { [APRIL]: { status: 'done', date: '2021-05-20' } } });
  });
});
