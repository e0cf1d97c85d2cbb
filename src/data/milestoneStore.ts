/**
 * Milestone statuses per dataset: IndexedDB (the `milestones` store, one record
 * per dataset id) when it works, memory when it does not. What the user typed is
 * shown at once and never rolled back: if storage refuses it (quota, private
 * window) it stays for this page and the snapshot says so, so the screen can ask
 * for an export. Writes merge into the stored record inside one transaction, so a
 * second tab's steps and set-aside entries are kept.
 */
import { normalizeStatus, type MilestoneStatus, type StatusMap } from '@/domain/milestoneStatus';
import { StorageError, withDb, type StorageProblem } from './datasetStore';
import { mergeRecord, readStoredRecord, type SetAsideEntry } from './milestoneRecord';
import { sharedStatusesFor } from './sharedFile';

/** Where records live; IndexedDB in the app, a Map in unit tests. */
export interface MilestoneBackend {
  read(datasetId: string): Promise<unknown>;
  /** Reads the record, applies `change` and writes the result, atomically. */
  update(datasetId: string, change: (raw: unknown) => unknown): Promise<void>;
}

export const idbMilestoneBackend: MilestoneBackend = {
  read: (datasetId) => withDb((db) => db.get('milestones', datasetId)),
  update: (datasetId, change) =>
    withDb(async (db) => {
      const tx = db.transaction('milestones', 'readwrite');
      const raw: unknown = await tx.store.get(datasetId);
      // A quota error may come from put() or only when the transaction commits; await both.
      await Promise.all([tx.store.put(change(raw), datasetId), tx.done]);
    }),
};

/** saving: on its way; saved: in storage; memory: storage refused it, kept for this page only. */
export type SaveState = 'saving' | 'saved' | 'memory';

export interface StatusSnapshot {
  ready: boolean;
  statuses: StatusMap;
  /** Stored entries that could not be read: kept in storage, not shown. */
  setAside: readonly SetAsideEntry[];
  /** The latest storage problem, if any. */
  storage?: StorageProblem;
  saves: Readonly<Record<string, SaveState>>;
}

const EMPTY: StatusSnapshot = { ready: false, statuses: {}, setAside: [], saves: {} };

function problemOf(error: unknown): StorageProblem {
  return error instanceof StorageError ? error.problem : 'failed';
}

export class MilestoneStore {
  private readonly snapshots = new Map<string, StatusSnapshot>();
  private readonly loading = new Map<string, Promise<void>>();
  /** Changes not yet written, per dataset; several edits made during one write go in the next. */
  private readonly pending = new Map<string, Map<string, MilestoneStatus>>();
  private readonly writing = new Map<string, Promise<void>>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly backend: MilestoneBackend) {}

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

  /** Reads a dataset's statuses once; later calls wait for the same read. */
  load(datasetId: string): Promise<void> {
    let loading = this.loading.get(datasetId);
    if (!loading) {
      // A shared file's statuses are where this dataset starts; what the reader records here is stored on top.
      const shared = readStoredRecord(sharedStatusesFor(datasetId)).statuses;
      loading = this.backend.read(datasetId).then(
        (raw) => {
          const { statuses, setAside } = readStoredRecord(raw);
          // Edits made before the read finished win over what was stored.
          this.update(datasetId, (current) => ({ ready: true, statuses: { ...shared, ...statuses, ...current.statuses }, setAside }));
        },
        (error: unknown) => this.update(datasetId, (current) => ({ ready: true, statuses: { ...shared, ...current.statuses }, storage: problemOf(error) })),
      );
      this.loading.set(datasetId, loading);
    }
    return loading;
  }

  /** Records one step's status; resolves with where it ended up. */
  set(datasetId: string, milestoneId: string, status: MilestoneStatus): Promise<SaveState> {
    return this.setMany(datasetId, new Map([[milestoneId, status]]));
  }

  /** Records several statuses at once (an import); resolves with where they ended up. */
  async setMany(datasetId: string, changes: ReadonlyMap<string, MilestoneStatus>): Promise<SaveState> {
    const normalized = new Map([...changes].map(([id, status]) => [id, normalizeStatus(status)]));
    const queue = this.pending.get(datasetId) ?? new Map<string, MilestoneStatus>();
    for (const [id, status] of normalized) queue.set(id, status);
    this.pending.set(datasetId, queue);
    this.update(datasetId, (current) => ({
      statuses: { ...current.statuses, ...Object.fromEntries(normalized) },
      saves: { ...current.saves, ...Object.fromEntries([...changes.keys()].map((id) => [id, 'saving' as const])) },
    }));
    await this.flush(datasetId);
    const saves = this.getSnapshot(datasetId).saves;
    return [...changes.keys()].some((id) => saves[id] === 'memory') ? 'memory' : 'saved';
  }

  private async flush(datasetId: string): Promise<void> {
    // One write at a time per dataset, so a slow write never lands after a newer one.
    while (this.writing.has(datasetId)) await this.writing.get(datasetId);
    const batch = this.pending.get(datasetId);
    if (!batch || batch.size === 0) return;
    this.pending.delete(datasetId);
    const write = this.write(datasetId, batch);
    this.writing.set(datasetId, write);
    await write.finally(() => this.writing.delete(datasetId));
  }

  private async write(datasetId: string, batch: Map<string, MilestoneStatus>): Promise<void> {
    await this.load(datasetId);
    let state: SaveState = 'saved';
    let storage: StorageProblem | undefined;
    try {
      if (this.getSnapshot(datasetId).storage === 'unavailable') throw new StorageError('unavailable', new Error('no storage'));
      await this.backend.update(datasetId, (raw) => mergeRecord(raw, batch));
    } catch (error) {
      state = 'memory';
      storage = problemOf(error);
    }
    this.update(datasetId, (current) => {
      const saves = { ...current.saves };
      // A step edited again meanwhile is still saving: its newer value is in the next batch.
      for (const id of batch.keys()) if (!this.pending.get(datasetId)?.has(id)) saves[id] = state;
      return { saves, storage };
    });
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
    this.writing.clear();
  }
}

export const milestoneStore = new MilestoneStore(idbMilestoneBackend);
