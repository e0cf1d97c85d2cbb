import { DropZone } from './DropZone';
import { LoadReport } from './LoadReport';

/** Page-wide pieces: dropping a file anywhere, and the report of what a load did. */
export function LibraryLayer() {
  return (
    <>
      <DropZone />
      <LoadReport />
    </>
  );
}
