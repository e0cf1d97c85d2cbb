/** The user's datasets for React: the list, unreadable entries and storage problems. */
import { useEffect, useSyncExternalStore } from 'react';
import { datasetLibrary, type LibrarySnapshot } from '@/data/datasetLibrary';

export function useDatasetLibrary(): LibrarySnapshot {
  useEffect(() => {
    void datasetLibrary.init();
  }, []);
  return useSyncExternalStore(datasetLibrary.subscribe, datasetLibrary.getSnapshot, datasetLibrary.getSnapshot);
}
