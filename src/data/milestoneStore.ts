/**
 * Milestone statuses per dataset: IndexedDB (the `milestones` store, one record
 * per dataset id) when it works, memory when it does not. What the user typed is
 * shown at once and never rolled back: if storage refuses it (quota, private
 * window) it stays for this page and the snapshot says so, so the screen can ask
 * for an export.
 *
 * Several tabs may show the same dataset. A write carries only the fields the user
 * changed and merges them into the stored record inside one transaction, so one
 * tab's note never undoes another tab's status; after each write the other tabs
 * are told (a BroadcastChannel) and read the record again. A field two tabs changed
 * is said on both, and a database deleted from another tab stops "saved" being shown.
 */
import {
  applyPatch,
  combinePatches,
  patchBetween,
  statusOf,
  STATUS_FIELDS,
  type FieldConflict,
  type MilestoneStatus,
  type StatusMap,
  type StatusField,
  type StatusPatch,
} from '@/domain/milestoneStatus';
import { StorageError, type StorageProblem } from './datasetStore';
import { broadcastChannel, idbMilestoneBackend, type ChangeChannel, type MilestoneBackend } from './milestoneBackend';
import { mergeRecord, readStoredRecord, type SetAsideEntry, type StoredStatuses } from './milestoneRecord';
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

const EMPTY: StatusSnapshot = { ready: false, statuses: {}, setAside: [], saves: {}, notices: {} };

function problemOf(error: unknown): StorageProblem {
  return error instanceof StorageError ? error.problem : 'failed';
}

export class MilestoneStore {
  private readonly snapshots = new Map<string, StatusSnapshot>();
  private readonly loading = new Map<string, Promise<void>>();
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
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly backend: MilestoneBackend,
    private readonly channel?: ChangeChannel,
  ) {
    channel?.listen((datasetId) => void this.refresh(datasetId));
    backend.onCleared?.(() => this.storageCleared());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (datasetId: string): StatusSnapshot => this.snapshots.get(datasetId) ?? EMPTY;

  private update(datasetId: string, patch: (current: StatusSnapshot) => Partial<StatusSnapshot>): void {
    const current = this.getSnapshot(datasetId);
    this.snapshots.set(datasetId, { ...current, ...patch(current) });
    for (const listener of this.listeners) listener();
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

  /** Reads a dataset's statuses once; later calls wait for the same read. */
  load(datasetId: string): Promise<void> {
    let loading = this.loading.get(datasetId);
    if (!loading) {
      loading = this.backend.read(datasetId).then(
        (raw) => {
          const { statuses, setAside } = readStoredRecord(raw);
          this.update(datasetId, () => ({ ready: true, statuses: this.withPending(datasetId, statuses), setAside }));
        },
        (error: unknown) => this.update(datasetId, () => ({ ready: true, statuses: this.withPending(datasetId, {}), storage: problemOf(error) })),
      );
      this.loading.set(datasetId, loading);
    }
    return loading;
  }

  /** Another tab wrote this dataset's record: read it again, keep this tab's unwritten edits, say which of its own fields changed. */
  private async refresh(datasetId: string): Promise<void> {
    if (!this.snapshots.get(datasetId)?.ready) return;
    let raw: unknown;
    try {
      raw = await this.backend.read(datasetId);
    } catch {
      return;
    }
    const { statuses, setAside } = readStoredRecord(raw);
    this.update(datasetId, (current) => {
      const next = this.withPending(datasetId, statuses);
      const notices = { ...current.notices };
      // Only fields edited here: another tab's status on a step where this tab only wrote a note is no conflict.
      for (const [id, fields] of this.edited.get(datasetId) ?? []) {
        const changed = STATUS_FIELDS.filter((f) => fields.has(f) && (statusOf(current.statuses, id)[f] ?? '') !== (statusOf(next, id)[f] ?? ''));
        if (changed.length > 0) notices[id] = changed.map((field) => ({ field, theirs: statusOf(next, id)[field] ?? '', kind: 'elsewhere' }));
      }
      return { statuses: next, setAside, notices };
    });
  }

  /** The change from what the user saw; a step with no record yet gets one even for the default status ("not started" is a report). */
  private static patchFor(statuses: StatusMap, id: string, fields: Partial<MilestoneStatus>): StatusPatch {
    const patch = patchBetween(statusOf(statuses, id), fields);
    if (!Object.hasOwn(statuses, id) && fields.status !== undefined) patch.status ??= { value: fields.status, base: fields.status };
    return patch;
  }

  /** Records the fields of one step that changed (the rest stay as stored); resolves with where it ended up. */
  set(datasetId: string, milestoneId: string, fields: Partial<MilestoneStatus>): Promise<SaveState> {
    const { statuses } = this.getSnapshot(datasetId);
    return this.enqueue(datasetId, new Map([[milestoneId, MilestoneStore.patchFor(statuses, milestoneId, fields)]]));
  }

  /** Records whole statuses (an import: every field of each step); resolves with where they ended up. */
  setMany(datasetId: string, changes: ReadonlyMap<string, MilestoneStatus>): Promise<SaveState> {
    const { statuses } = this.getSnapshot(datasetId);
    const full = (status: MilestoneStatus): Partial<MilestoneStatus> => ({ status: status.status, date: status.date ?? '', note: status.note ?? '' });
    return this.enqueue(datasetId, new Map([...changes].map(([id, status]) => [id, MilestoneStore.patchFor(statuses, id, full(status))])));
  }

  /** Writes every status shown again (after the stored records were deleted elsewhere). */
  saveAll(datasetId: string): Promise<SaveState> {
    const { statuses } = this.getSnapshot(datasetId);
    // No base: this replaces whatever storage holds now (nothing, after a deletion), so it is no conflict.
    const everything = (status: MilestoneStatus): StatusPatch => Object.fromEntries(STATUS_FIELDS.map((field) => [field, { value: status[field] ?? '' }]));
    return this.enqueue(datasetId, new Map(Object.entries(statuses).map(([id, status]) => [id, everything(status)])), { resaved: true });
  }

  private async enqueue(datasetId: string, patches: ReadonlyMap<string, StatusPatch>, opts: { resaved?: boolean } = {}): Promise<SaveState> {
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
    await this.flush(datasetId);
    const { saves, storage } = this.getSnapshot(datasetId);
    const state = [...patches.keys()].some((id) => saves[id] === 'memory') ? 'memory' : 'saved';
    if (opts.resaved && state === 'saved' && !storage) this.update(datasetId, () => ({ cleared: false }));
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
    for (const datasetId of [...this.snapshots.keys()]) {
      this.update(datasetId, (current) => ({
        cleared: true,
        saves: Object.fromEntries(Object.entries(current.saves).map(([id, save]) => [id, save === 'saved' ? 'memory' : save])),
      }));
    }
  }

  /** True while an edit is on its way to storage (leaving the page now could lose it). */
  isWriting(): boolean {
    return this.writing.size > 0 || [...this.pending.values()].some((batch) => batch.size > 0);
  }

  /** Forgets everything in memory (tests; stored data is untouched). */
  reset(): void {
    this.snapshots.clear();
    this.loading.clear();
    this.pending.clear();
    this.unsaved.clear();
    this.writing.clear();
    this.inFlight.clear();
    this.edited.clear();
    this.sharedStatuses.clear();
  }
}

export const milestoneStore = new MilestoneStore(idbMilestoneBackend, broadcastChannel('budget-lens-milestones'));
