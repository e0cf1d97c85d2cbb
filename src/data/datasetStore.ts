/**
 * The user's budget files in IndexedDB (through idb). Two stores so the list never
 * loads every file: `datasets` holds what the switcher shows, `datasetFiles` the
 * file text exactly as the user brought it (export gives it back unchanged).
 *
 * Later stores keyed by dataset id (e.g. `milestones`) are added by appending a
 * step to MIGRATIONS and naming the store in PER_DATASET_STORES, so removing a
 * dataset removes what belongs to it.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

export interface DatasetMeta {
  id: string;
  /** What the switcher shows; the user may rename it. */
  name: string;
  fileName: string;
  department: string;
  fiscalYear: number;
  unit: string;
  bytes: number;
  /** ISO time the file was added. */
  addedAt: string;
}

export interface BudgetLensDB extends DBSchema {
  datasets: { key: string; value: DatasetMeta };
  datasetFiles: { key: string; value: string };
  /** Milestone statuses, one record per dataset id (see milestoneStore.ts); checked on read. */
  milestones: { key: string; value: unknown };
}

export const DB_NAME = 'budget-lens';

type Migration = (db: IDBPDatabase<BudgetLensDB>, tx: IDBPTransaction<BudgetLensDB, StoreNames<BudgetLensDB>[], 'versionchange'>) => void;

/** Step n upgrades version n to n + 1. Append; never edit a step that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  (db) => {
    db.createObjectStore('datasets', { keyPath: 'id' });
    db.createObjectStore('datasetFiles');
  },
  (db) => {
    db.createObjectStore('milestones');
  },
];

/** Stores whose entries are keyed by dataset id and go when the dataset goes. */
export const PER_DATASET_STORES: readonly string[] = ['datasetFiles', 'milestones'];

export type StorageProblem = 'unavailable' | 'quota' | 'failed';

/** Storage refused: private window, no IndexedDB, disk quota, or a browser failure. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause: unknown,
  ) {
    super(cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause));
    this.name = 'StorageError';
  }
}

function isQuota(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function toStorageError(error: unknown, fallback: StorageProblem): StorageError {
  if (error instanceof StorageError) return error;
  return new StorageError(isQuota(error) ? 'quota' : fallback, error);
}

const clearedListeners = new Set<() => void>();

function storageCleared(): void {
  for (const listener of clearedListeners) listener();
}

/** Called when the database is deleted under this page (from another tab) or dropped by the browser. */
export function onStorageCleared(listener: () => void): () => void {
  clearedListeners.add(listener);
  return () => clearedListeners.delete(listener);
}

/** Opening can hang when another tab blocks an upgrade; give up rather than wait forever. */
const OPEN_TIMEOUT_MS = 5000;

let opening: Promise<IDBPDatabase<BudgetLensDB>> | undefined;

export function openDatasetDb(): Promise<IDBPDatabase<BudgetLensDB>> {
  if (opening) return opening;
  const attempt = (async () => {
    if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StorageError('unavailable', new Error('IndexedDB is not available'));
    const open = openDB<BudgetLensDB>(DB_NAME, MIGRATIONS.length, {
      upgrade(db, oldVersion, _newVersion, tx) {
        for (const step of MIGRATIONS.slice(oldVersion)) step(db, tx);
      },
      blocking(_currentVersion, blockedVersion) {
        // A newer version of the app opened in another tab (let it upgrade), or another tab deletes the database.
        opening = undefined;
        void open.then((db) => db.close());
        if (blockedVersion === null) storageCleared();
      },
      terminated() {
        // The browser closed the connection (site data cleared, disk trouble): what was saved may be gone.
        opening = undefined;
        storageCleared();
      },
    });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('IndexedDB open timed out')), OPEN_TIMEOUT_MS));
    return Promise.race([open, timeout]);
  })().catch((error: unknown) => {
    opening = undefined;
    throw toStorageError(error, 'unavailable');
  });
  opening = attempt;
  return attempt;
}

/** Runs against the open database; any failure becomes a StorageError (quota, unavailable, failed). */
export async function withDb<T>(run: (db: IDBPDatabase<BudgetLensDB>) => Promise<T>): Promise<T> {
  const db = await openDatasetDb();
  try {
    return await run(db);
  } catch (error) {
    throw toStorageError(error, 'failed');
  }
}

export interface StoredList {
  /** Every record of `datasets`, as stored: the caller checks their shape. */
  records: { key: IDBValidKey; value: unknown }[];
}

export function listStoredDatasets(): Promise<StoredList> {
  return withDb(async (db) => {
    const tx = db.transaction('datasets');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll() as Promise<unknown[]>]);
    await tx.done;
    return { records: keys.map((key, i) => ({ key, value: values[i] })) };
  });
}

export function putDataset(meta: DatasetMeta, text: string): Promise<void> {
  return withDb(async (db) => {
    const tx = db.transaction(['datasets', 'datasetFiles'], 'readwrite');
    // A quota error may come from put() or only when the transaction commits; await both.
    await Promise.all([tx.objectStore('datasets').put(meta), tx.objectStore('datasetFiles').put(text, meta.id), tx.done]);
  });
}

/** The stored text, or whatever is stored under the id if it is not text (a corrupt entry). */
export function getDatasetText(id: string): Promise<unknown> {
  return withDb((db) => db.get('datasetFiles', id));
}

export function renameStoredDataset(id: string, name: string): Promise<void> {
  return withDb(async (db) => {
    const tx = db.transaction('datasets', 'readwrite');
    const meta = await tx.store.get(id);
    if (meta) await tx.store.put({ ...meta, name });
    await tx.done;
  });
}

/** Removes the dataset and everything keyed by its id, including corrupt entries. */
export function deleteStoredDataset(id: IDBValidKey): Promise<void> {
  return withDb(async (db) => {
    const names = ['datasets', ...PER_DATASET_STORES].filter((name) =>
      db.objectStoreNames.contains(name as StoreNames<BudgetLensDB>),
    ) as StoreNames<BudgetLensDB>[];
    const tx = db.transaction(names, 'readwrite');
    await Promise.all([...names.map((name) => tx.objectStore(name).delete(id as string)), tx.done]);
  });
}
