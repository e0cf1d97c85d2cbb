import { lazy, Suspense } from 'react';
import { DropZone } from './DropZone';
import { useLoadStatus } from './loadStatus';

/** Only a load has anything to report: its code (and the problem texts) stay off the first page load. */
const LoadReport = lazy(() => import('./LoadReport').then((m) => ({ default: m.LoadReport })));

/** Page-wide pieces: dropping a file anywhere, and the report of what a load did. */
export function LibraryLayer() {
  const status = useLoadStatus();
  return (
    <>
      <DropZone />
      {status.kind === 'idle' ? null : (
        <Suspense fallback={null}>
          <LoadReport />
        </Suspense>
      )}
    </>
  );
}
