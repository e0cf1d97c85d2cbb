/**
 * A shared file opens on the view it was saved with: the address of a file opened
 * from a USB stick has no query string, so the view the file carries is written
 * into it before anything reads it. An address that already names a dataset (a
 * reload after the reader moved on) is left as it is.
 */
import { readSharedState } from '@/data/sharedFile';
import { readParam } from './urlState';

export function applySharedView(): void {
  const shared = readSharedState();
  if (!shared || readParam('data') !== undefined || readParam('dataset') !== undefined) return;
  const params = new URLSearchParams(shared.view);
  params.set('data', shared.budgetUrl);
  window.history.replaceState(null, '', `?${params.toString()}${window.location.hash}`);
}
