/** A milestone backend that behaves like the `milestones` object store: structured clones in a Map, atomic read-change-write. */
import type { StorageError } from '@/data/datasetStore';
import type { MilestoneBackend } from '@/data/milestoneStore';

export class MapBackend implements MilestoneBackend {
  readonly records = new Map<string, unknown>();
  writes = 0;
  failWith: StorageError | undefined;
  /** A write that takes a while, as IndexedDB's do: messages from other tabs can arrive during it. */
  writeDelayMs = 0;
  private readonly cleared = new Set<() => void>();

  onCleared(listener: () => void): () => void {
    this.cleared.add(listener);
    return () => this.cleared.delete(listener);
  }

  /** What another tab's indexedDB.deleteDatabase does to this one. */
  deleteAll(): void {
    this.records.clear();
    for (const listener of this.cleared) listener();
  }

  read(id: string): Promise<unknown> {
    if (this.failWith?.problem === 'unavailable') return Promise.reject(this.failWith);
    return Promise.resolve(structuredClone(this.records.get(id)));
  }

  async update(id: string, change: (raw: unknown) => unknown): Promise<void> {
    await (this.writeDelayMs > 0 ? new Promise((resolve) => setTimeout(resolve, this.writeDelayMs)) : Promise.resolve());
    if (this.failWith) throw this.failWith;
    this.writes += 1;
    this.records.set(id, structuredClone(change(structuredClone(this.records.get(id)))));
  }
}
