/** A library backend that behaves like the two IndexedDB stores (structured clones in Maps) and refuses writes on cue. */
import type { DatasetMeta, StorageError } from '@/data/datasetStore';
import type { LibraryBackend } from '@/data/libraryBackend';

export class MapLibraryBackend implements LibraryBackend {
  readonly metas = new Map<string, DatasetMeta>();
  readonly texts = new Map<string, unknown>();
  /** Set: every write after this fails with it, as a full disk would; reads still work. */
  refuseWrites: StorageError | undefined;
  /** Set: reading the list fails too (the disk or the browser's storage in trouble). */
  refuseReads: StorageError | undefined;

  list() {
    if (this.refuseReads) return Promise.reject(this.refuseReads);
    return Promise.resolve({ records: [...this.metas].map(([key, value]) => ({ key, value: structuredClone(value) as unknown })) });
  }

  put(meta: DatasetMeta, text: string) {
    if (this.refuseWrites) return Promise.reject(this.refuseWrites);
    this.metas.set(meta.id, structuredClone(meta));
    this.texts.set(meta.id, text);
    return Promise.resolve();
  }

  getText(id: string) {
    return Promise.resolve(this.texts.get(id));
  }

  rename(id: string, name: string) {
    if (this.refuseWrites) return Promise.reject(this.refuseWrites);
    const meta = this.metas.get(id);
    if (meta) this.metas.set(id, { ...meta, name });
    return Promise.resolve();
  }

  remove(key: IDBValidKey) {
    if (this.refuseWrites) return Promise.reject(this.refuseWrites);
    this.metas.delete(String(key));
    this.texts.delete(String(key));
    return Promise.resolve();
  }
}
