/**
 * The user's datasets as the app sees them: IndexedDB when it works, memory when
 * it does not (private window, quota, no IndexedDB). A storage failure never loses
 * the file just loaded; it stays usable for this page and the problem is reported.
 * A stored entry that cannot be read is set aside (listed as unreadable), never fatal.
 */
import {
  deleteStoredDataset,
  getDatasetText,
  listStoredDatasets,
  putDataset,
  renameStoredDataset,
  StorageError,
  type DatasetMeta,
  type StorageProblem,
} from './datasetStore';
import type { ValidationIssue } from './parseBudget';

export interface LibraryEntry extends DatasetMeta {
  /** False when storage refused it: it lives only as long as this page. */
  persisted: boolean;
}

export interface UnreadableEntry {
  key: IDBValidKey;
  label: string;
  reason: 'record' | 'file' | 'invalid';
  issues?: ValidationIssue[];
}

export interface LibrarySnapshot {
  ready: boolean;
  entries: readonly LibraryEntry[];
  unreadable: readonly UnreadableEntry[];
  /** The latest storage problem, if any. */
  storage?: StorageProblem;
}

/** A stored dataset whose record or file cannot be read back. */
export class DatasetUnreadableError extends Error {
  constructor(readonly id: string) {
    super(`dataset ${id} cannot be read`);
    this.name = 'DatasetUnreadableError';
  }
}

/** The URL names a dataset this browser does not have (removed, or another computer's link). */
export class DatasetNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`dataset ${id} is not in this browser's library`);
    this.name = 'DatasetNotFoundError';
  }
}

export type NewDataset = Omit<DatasetMeta, 'id' | 'name' | 'addedAt'> & { name?: string };

function isMeta(key: IDBValidKey, value: unknown): value is DatasetMeta {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const texts = ['id', 'name', 'fileName', 'department', 'unit', 'addedAt'].every((k) => typeof v[k] === 'string');
  return texts && v.id === key && Number.isInteger(v.fiscalYear) && typeof v.bytes === 'number';
}

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `ds-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

function problemOf(error: unknown): StorageProblem {
  return error instanceof StorageError ? error.problem : 'failed';
}

export class DatasetLibrary {
  private snapshot: LibrarySnapshot = { ready: false, entries: [], unreadable: [] };
  private readonly listeners = new Set<() => void>();
  private readonly memoryTexts = new Map<string, string>();
  private starting: Promise<void> | undefined;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): LibrarySnapshot => this.snapshot;

  private update(patch: Partial<LibrarySnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Reads the stored list once; later calls wait for the same read. */
  init(): Promise<void> {
    this.starting ??= listStoredDatasets().then(
      ({ records }) => {
        const entries: LibraryEntry[] = [];
        const unreadable: UnreadableEntry[] = [];
        for (const { key, value } of records) {
          if (isMeta(key, value)) entries.push({ ...value, persisted: true });
          else unreadable.push({ key, label: String(key), reason: 'record' });
        }
        entries.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
        this.update({ ready: true, entries: [...entries, ...this.snapshot.entries.filter((e) => !e.persisted)], unreadable });
      },
      (error: unknown) => this.update({ ready: true, storage: problemOf(error) }),
    );
    return this.starting;
  }

  find(id: string): LibraryEntry | undefined {
    return this.snapshot.entries.find((e) => e.id === id);
  }

  /** Adds a validated file; returns its entry even when storage refused it. */
  async add(text: string, input: NewDataset): Promise<LibraryEntry> {
    await this.init();
    const same = await this.findSameFile(text, input);
    if (same) return same;
    const meta: DatasetMeta = { ...input, id: newId(), name: input.name ?? `${input.department} ${input.fiscalYear}`, addedAt: new Date().toISOString() };
    let entry: LibraryEntry = { ...meta, persisted: true };
    try {
      if (this.snapshot.storage === 'unavailable') throw new StorageError('unavailable', new Error('no storage'));
      await putDataset(meta, text);
      this.update({ storage: undefined });
    } catch (error) {
      entry = { ...meta, persisted: false };
      this.memoryTexts.set(meta.id, text);
      this.update({ storage: problemOf(error) });
    }
    this.update({ entries: [...this.snapshot.entries, entry] });
    return entry;
  }

  /** Loading the same file again switches to the copy already kept. */
  private async findSameFile(text: string, input: NewDataset): Promise<LibraryEntry | undefined> {
    const candidates = this.snapshot.entries.filter((e) => e.bytes === input.bytes && e.department === input.department && e.fiscalYear === input.fiscalYear);
    for (const candidate of candidates) {
      const stored = await this.getText(candidate.id).catch(() => undefined);
      if (stored === text) return candidate;
    }
    return undefined;
  }

  async getText(id: string): Promise<string> {
    const inMemory = this.memoryTexts.get(id);
    if (inMemory !== undefined) return inMemory;
    const stored = await getDatasetText(id);
    if (typeof stored !== 'string') {
      this.setAside(id, 'file');
      throw new DatasetUnreadableError(id);
    }
    return stored;
  }

  /** Moves an entry out of the usable list: its record or file cannot be used. */
  setAside(id: string, reason: UnreadableEntry['reason'], issues?: ValidationIssue[]): void {
    const entry = this.find(id);
    if (!entry) return;
    const unreadable: UnreadableEntry = { key: id, label: entry.name, reason, ...(issues ? { issues } : {}) };
    this.update({ entries: this.snapshot.entries.filter((e) => e.id !== id), unreadable: [...this.snapshot.unreadable, unreadable] });
  }

  async rename(id: string, name: string): Promise<void> {
    const entry = this.find(id);
    if (!entry || !name.trim()) return;
    this.update({ entries: this.snapshot.entries.map((e) => (e.id === id ? { ...e, name: name.trim() } : e)) });
    if (entry.persisted) await renameStoredDataset(id, name.trim()).catch((error: unknown) => this.update({ storage: problemOf(error) }));
  }

  /** Leaves the list once storage has deleted it, so a reload straight after never brings it back. */
  async remove(key: IDBValidKey): Promise<void> {
    const persisted = this.find(String(key))?.persisted ?? true;
    let storage: StorageProblem | undefined;
    if (persisted) await deleteStoredDataset(key).catch((error: unknown) => (storage = problemOf(error)));
    this.memoryTexts.delete(String(key));
    this.update({
      entries: this.snapshot.entries.filter((e) => e.id !== key),
      unreadable: this.snapshot.unreadable.filter((u) => u.key !== key),
      ...(storage ? { storage } : {}),
    });
  }

  /** Forgets everything in memory (tests; the stored data is untouched). */
  reset(): void {
    this.memoryTexts.clear();
    this.starting = undefined;
    this.snapshot = { ready: false, entries: [], unreadable: [] };
  }
}

export const datasetLibrary = new DatasetLibrary();
