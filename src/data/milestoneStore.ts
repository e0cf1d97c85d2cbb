/**
 * Milestone statuses per dataset as a query and a mutation over the `milestones`
 * IndexedDB store (one record per dataset id); what the screen shows is the query
 * cache's entry (milestoneKeys.dataset), never a store of its own. What the user
 * typed is shown at once (the mutation's onMutate) and never rolled back: if
 * storage refuses it (quota, private window) it stays for this page and the entry
 * says so, so the screen can ask for an export.
 *
 * Several tabs may show the same dataset. A write carries only the fields the user
 * changed and merges them into the stored record inside one transaction, so one
 * tab's note never undoes another tab's status; after each write the other tabs
 * are told (a BroadcastChannel) and read the record again. A field two tabs changed
 * is said on both, and a database deleted from another tab stops "saved" being shown.
 *
 * This object keeps only what a cache entry cannot: the edits not yet in storage,
 * queued per dataset, so fast typing goes in few writes and a re-read never drops them.
 */
import { MutationObserver, mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { applyPatch, combinePatches, statusOf, STATUS_FIELDS, type FieldConflict, type MilestoneStatus, type StatusMap, type StatusField, type StatusPatch } from '@/domain/milestoneStatus';
import { problemOf } from './datasetLibrary';
import { StorageError, type StorageProblem } from './datasetStore';
import { broadcastChannel, idbMilestoneBackend, type ChangeChannel, type MilestoneBackend } from './milestoneBackend';
import { statusChange, saveAllChange, importChange, type StatusChange } from './milestoneChange';
import { mergeRecord, readStoredRecord, type SetAsideEntry, type StoredStatuses } from './milestoneRecord';
import { milestoneKeys } from './queries/keys';
import { sharedStatusesFor } from './sharedFile';

export { broadcastChannel, type ChangeChannel, type MilestoneBackend } from './milestoneBackend';

/** saving: on its way; saved: in storage; memory: storage refused it (or lost it), kept for this page only. */
export type SaveState = 'saving' | 'saved' | 'memory';

/** A field of a step that two tabs changed: `overwrote` when this tab's value replaced the other's, `elsewhere` when the other tab's replaced this one's. */
export interface FieldNotice extends FieldConflict {
  kind: 'overwrote' | 'elsewhere';
}

export interface StatusSnapshot {
  ready: boolean;
  statuses: StatusMap;
  /** Stored entries that could not be read: kept in storage, not shown. */
  setAside: readonly SetAsideEntry[];
  /** The latest storage problem, if any. */
  storage?: StorageProblem;
  /** True once the stored records were deleted from another tab: nothing shown here is saved until saved again. */
  cleared?: boolean;
  saves: Readonly<Record<string, SaveState>>;
  /** Fields another tab changed too, by step. */
  notices: Readonly<Record<string, readonly FieldNotice[]>>;
}

export const EMPTY_STATUSES: StatusSnapshot = { ready: false, statuses: {}, setAside: [], saves: {}, notices: {} };

const stores = new WeakMap<QueryClient, MilestoneStore>();

/** The statuses of this client's page: IndexedDB and the tabs' channel unless a test gave its own. */
export function milestonesFor(client: QueryClient): MilestoneStore {
  return stores.get(client) ?? new MilestoneStore(client, idbMilestoneBackend, broadcastChannel('budget-lens-milestones'));
}

export class MilestoneStore {
  /** Changes not yet written, per dataset; several edits made during one write go in the next. */
  private readonly pending = new Map<string, Map<string, StatusPatch>>();
  /** Changes storage refused, per dataset: carried by the next write, so nothing typed is lost once there is room. */
  private readonly unsaved = new Map<string, Map<string, StatusPatch>>();
  private readonly writing = new Map<string, Promise<void>>();
  /** Which fields of which steps this tab has edited, per dataset: only a change to one of those is news worth a notice. */
  private readonly edited = new Map<string, Map<string, Set<StatusField>>>();
  /** The batch being written now: still this tab's edit until storage has it (a read meanwhile must not drop it). */
  private readonly inFlight = new Map<string, Map<string, StatusPatch>>();
  /** A shared file's statuses per dataset, read once (the page never changes them). */
  private readonly sharedStatuses = new Map<string, StatusMap>();

  constructor(
    private readonly client: QueryClient,
    private readonly backend: MilestoneBackend,
    private readonly channel?: ChangeChannel,
  ) {
    stores.set(client, this);
    channel?.listen((datasetId) => void this.refresh(datasetId));
    backend.onCleared?.(() => this.storageCleared());
  }

  /** A dataset's statuses as stored, with this tab's unwritten edits on top. */
  queryOptions(datasetId: string) {
    return queryOptions({
      queryKey: milestoneKeys.dataset(datasetId),
      queryFn: () => this.read(datasetId),
      // An entry made by an edit before the first read is not the stored record yet: read it.
      staleTime: (query) => (query.state.data?.ready ? Infinity : 0),
      // Edits storage refused live only here: never dropped from the cache.
      gcTime: Infinity,
      retry: false,
      networkMode: 'always',
    });
  }

  /** Records a change: shown at once (onMutate), written in the dataset's queue, re-read once written. */
  mutationOptions(datasetId: string) {
    return mutationOptions({
      mutationKey: milestoneKeys.dataset(datasetId),
      networkMode: 'always',
      onMutate: (change: StatusChange) => this.stage(datasetId, change.patches),
      mutationFn: (change: StatusChange) => this.save(datasetId, change),
      onSettled: () => this.client.invalidateQueries({ queryKey: milestoneKeys.dataset(datasetId) }),
    });
  }

  getSnapshot(datasetId: string): StatusSnapshot {
    return this.client.getQueryData(this.queryOptions(datasetId).queryKey) ?? EMPTY_STATUSES;
  }

  /** Calls back on any change in the cache (tests wait on it for another tab's message). */
  subscribe(listener: () => void): () => void {
    return this.client.getQueryCache().subscribe(() => listener());
  }

  /** Reads a dataset's statuses once; later calls wait for the same read. */
  async load(datasetId: string): Promise<void> {
    await this.client.fetchQuery(this.queryOptions(datasetId));
  }

  set(datasetId: string, milestoneId: string, fields: Partial<MilestoneStatus>): Promise<SaveState> {
    return this.mutate(datasetId, statusChange(this.getSnapshot(datasetId).statuses, milestoneId, fields));
  }

  setMany(datasetId: string, changes: ReadonlyMap<string, MilestoneStatus>): Promise<SaveState> {
    return this.mutate(datasetId, importChange(this.getSnapshot(datasetId).statuses, changes));
  }

  saveAll(datasetId: string): Promise<SaveState> {
    return this.mutate(datasetId, saveAllChange(this.getSnapshot(datasetId).statuses));
  }

  /** The same mutation the screen's hook runs, from outside React. */
  private mutate(datasetId: string, change: StatusChange): Promise<SaveState> {
    return new MutationObserver(this.client, this.mutationOptions(datasetId)).mutate(change);
  }

  /** True while an edit is on its way to storage (leaving the page now could lose it). */
  isWriting(): boolean {
    return this.client.isMutating({ mutationKey: milestoneKeys.all() }) > 0;
  }

  private update(datasetId: string, patch: (current: StatusSnapshot) => Partial<StatusSnapshot>): void {
    this.client.setQueryData(this.queryOptions(datasetId).queryKey, (current = EMPTY_STATUSES) => ({ ...current, ...patch(current) }));
  }

  /** This tab's edits not in storage yet: refused earlier, then waiting to be written (newer on top). */
  private localPatches(datasetId: string): Map<string, StatusPatch> {
    const patches = new Map(this.inFlight.get(datasetId));
    for (const layer of [this.unsaved.get(datasetId), this.pending.get(datasetId)])
      for (const [id, patch] of layer ?? []) patches.set(id, combinePatches(patches.get(id) ?? {}, patch));
    return patches;
  }

  /** A shared file's statuses (sharedFile.ts): where this dataset starts; what the reader records here is stored on top. */
  private shared(datasetId: string): StatusMap {
    let shared = this.sharedStatuses.get(datasetId);
    if (!shared) {
      shared = readStoredRecord(sharedStatusesFor(datasetId)).statuses;
      this.sharedStatuses.set(datasetId, shared);
    }
    return shared;
  }

  /** What storage holds (over a shared file's statuses) with this tab's unwritten edits on top (they are newer). */
  private withPending(datasetId: string, stored: Record<string, MilestoneStatus>): Record<string, MilestoneStatus> {
    const statuses = { ...this.shared(datasetId), ...stored };
    for (const [id, patch] of this.localPatches(datasetId)) statuses[id] = applyPatch(statusOf(statuses, id), patch).status;
    return statuses;
  }

  /**
   * The query's read. The cache entry is taken after the read, not before: an edit made
   * meanwhile is in it, and nothing runs between here and the cache taking the result.
   * On a re-read (another tab wrote), say which of this tab's own fields changed.
   */
  private async read(datasetId: string): Promise<StatusSnapshot> {
    let raw: unknown;
    let failure: { error: unknown } | undefined;
    try {
      raw = await this.backend.read(datasetId);
    } catch (error) {
      failure = { error };
    }
    const current = this.getSnapshot(datasetId);
    if (failure) return current.ready ? current : { ...current, ready: true, statuses: this.withPending(datasetId, {}), storage: problemOf(failure.error) };
    const { statuses, setAside } = readStoredRecord(raw);
    const next = this.withPending(datasetId, statuses);
    if (!current.ready) return { ...current, ready: true, statuses: next, setAside };
    const notices = { ...current.notices };
    // Only fields edited here: another tab's status on a step where this tab only wrote a note is no conflict.
    for (const [id, fields] of this.edited.get(datasetId) ?? []) {
      const changed = STATUS_FIELDS.filter((f) => fields.has(f) && (statusOf(current.statuses, id)[f] ?? '') !== (statusOf(next, id)[f] ?? ''));
      if (changed.length > 0) notices[id] = changed.map((field) => ({ field, theirs: statusOf(next, id)[field] ?? '', kind: 'elsewhere' }));
    }
    return { ...current, statuses: next, setAside, notices };
  }

  /** Another tab wrote this dataset's record: read it again (only once this tab has read it at all). */
  private async refresh(datasetId: string): Promise<void> {
    if (!this.getSnapshot(datasetId).ready) return;
    await this.client.refetchQueries({ queryKey: milestoneKeys.dataset(datasetId), type: 'all' });
  }

  /** The optimistic step: the change on screen and in the dataset's queue, before anything is written. */
  private stage(datasetId: string, patches: ReadonlyMap<string, StatusPatch>): void {
    const edited = this.edited.get(datasetId) ?? new Map<string, Set<StatusField>>();
    for (const [id, patch] of patches) edited.set(id, new Set([...(edited.get(id) ?? []), ...(Object.keys(patch) as StatusField[])]));
    this.edited.set(datasetId, edited);
    const queue = this.pending.get(datasetId) ?? new Map<string, StatusPatch>();
    for (const [id, patch] of patches) queue.set(id, combinePatches(queue.get(id) ?? {}, patch));
    this.pending.set(datasetId, queue);
    this.update(datasetId, (current) => {
      const statuses = { ...current.statuses };
      const saves = { ...current.saves };
      const notices = { ...current.notices };
      for (const [id, patch] of patches) {
        statuses[id] = applyPatch(statusOf(statuses, id), patch).status;
        saves[id] = 'saving';
        delete notices[id];
      }
      return { statuses, saves, notices };
    });
  }

  /** Writes what is queued; resolves with where this change ended up. Storage refusing is no error: the edit stays, marked "memory". */
  private async save(datasetId: string, change: StatusChange): Promise<SaveState> {
    await this.flush(datasetId);
    const { saves, storage } = this.getSnapshot(datasetId);
    const state = [...change.patches.keys()].some((id) => saves[id] === 'memory') ? 'memory' : 'saved';
    if (change.resaved && state === 'saved' && !storage) this.update(datasetId, () => ({ cleared: false }));
    return state;
  }

  private async flush(datasetId: string): Promise<void> {
    // One write at a time per dataset, so a slow write never lands after a newer one.
    while (this.writing.has(datasetId)) await this.writing.get(datasetId);
    if (!this.pending.get(datasetId)?.size) return;
    const batch = this.localPatches(datasetId);
    this.pending.delete(datasetId);
    this.unsaved.delete(datasetId);
    this.inFlight.set(datasetId, batch);
    const write = this.write(datasetId, batch);
    this.writing.set(datasetId, write);
    await write.finally(() => {
      this.writing.delete(datasetId);
      this.inFlight.delete(datasetId);
    });
  }

  private async write(datasetId: string, batch: Map<string, StatusPatch>): Promise<void> {
    await this.load(datasetId);
    let state: SaveState = 'saved';
    let storage: StorageProblem | undefined;
    let written: StoredStatuses | undefined;
    let conflicts = new Map<string, FieldConflict[]>();
    try {
      if (this.getSnapshot(datasetId).storage === 'unavailable') throw new StorageError('unavailable', new Error('no storage'));
      await this.backend.update(datasetId, (raw) => {
        const merged = mergeRecord(raw, batch, this.shared(datasetId));
        written = merged.record;
        conflicts = merged.conflicts;
        return merged.record;
      });
    } catch (error) {
      state = 'memory';
      storage = problemOf(error);
      written = undefined;
      // Kept for the next write; edits made since wait in `pending` and go on top (they are newer).
      this.unsaved.set(datasetId, batch);
    }
    this.update(datasetId, (current) => {
      const saves = { ...current.saves };
      const notices = { ...current.notices };
      // A step edited again meanwhile is still saving: its newer value is in the next batch.
      for (const id of batch.keys()) if (!this.pending.get(datasetId)?.has(id)) saves[id] = state;
      for (const [id, fields] of conflicts) notices[id] = fields.map((field) => ({ ...field, kind: 'overwrote' }));
      // What storage holds now (other tabs' fields merged in), with edits made meanwhile on top.
      const statuses = written ? this.withPending(datasetId, written.statuses) : current.statuses;
      return { saves, storage, notices, statuses, ...(written ? { setAside: written.setAside ?? [] } : {}) };
    });
    if (written) this.channel?.post(datasetId);
  }

  /** The stored records are gone (deleted from another tab): nothing shown is saved any more, so stop saying it is. */
  private storageCleared(): void {
    this.client.setQueriesData<StatusSnapshot>({ queryKey: milestoneKeys.all() }, (current) =>
      current ? { ...current, cleared: true, saves: Object.fromEntries(Object.entries(current.saves).map(([id, save]) => [id, save === 'saved' ? 'memory' : save])) } : current,
    );
  }
}
