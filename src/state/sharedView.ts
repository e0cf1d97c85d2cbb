/**
 * A shared file opens on the view it was saved with: the address of a file opened
 * from a USB stick has no query string, so the view the file carries is written
 * into it before anything reads it. An address that already names a dataset (a
 * reload after the reader moved on) is left as it is.
 */
import { readSharedState } from '@/data/sharedFile';
import { loadViewParams, serializeView } from './urlParams';

export function applySharedView(): void {
  const shared = readSharedState();
  const { data, dataset } = loadViewParams(window.location.search);
  if (!shared || data !== null || dataset !== null) return;
  window.history.replaceState(null, '', `${serializeView(`?${shared.view}`, { data: shared.budgetUrl })}${window.location.hash}`);
}
