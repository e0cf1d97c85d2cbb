/**
 * Where milestone statuses are kept and how tabs hear of each other's writes:
 * the `milestones` IndexedDB store (a Map stands in for it in unit tests) and a
 * BroadcastChannel. The store's logic is in milestoneStore.ts.
 */
import { onStorageCleared, withDb } from './datasetStore';

/** Where records live; IndexedDB in the app, a Map in unit tests. */
export interface MilestoneBackend {
  read(datasetId: string): Promise<unknown>;
  /** Reads the record, applies `change` and writes the result, atomically. */
  update(datasetId: string, change: (raw: unknown) => unknown): Promise<void>;
  /** Calls back when the stored records are deleted from elsewhere; returns an unsubscribe. */
  onCleared?(listener: () => void): () => void;
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
  onCleared: onStorageCleared,
};

/** How tabs of the same origin tell each other a record changed (a BroadcastChannel in the app). */
export interface ChangeChannel {
  post(datasetId: string): void;
  listen(listener: (datasetId: string) => void): void;
}

export function broadcastChannel(name: string): ChangeChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(name);
  // Node (unit tests) keeps a process alive for an open channel; a page closes it with itself.
  (channel as { unref?: () => void }).unref?.();
  return {
    post: (datasetId) => channel.postMessage({ datasetId }),
    listen: (listener) => {
      channel.onmessage = (event: MessageEvent<{ datasetId?: unknown }>) => {
        if (typeof event.data?.datasetId === 'string') listener(event.data.datasetId);
      };
    },
  };
}
