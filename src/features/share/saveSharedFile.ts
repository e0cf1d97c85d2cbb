/** Saving the dashboard as one offline file: the build's share shell with this dataset, its statuses and the view. */
import { downloadBlob, safeFileName } from '@/components/export/files';
import { SHARE_SHELL_URL, withSharedDataset } from '@/data/sharedFile';
import type { StatusMap } from '@/domain/milestoneStatus';
import type { LoadedBudget } from '@/data/loadedBudget';
import { serializeView } from '@/state/urlParams';

/** The page has no share shell beside it (the dev server, or a page opened from a file). */
export class ShareShellMissingError extends Error {
  constructor() {
    super('share.html is not available here');
    this.name = 'ShareShellMissingError';
  }
}

/** What the colleague's file opens on: the view, without what it cannot carry (another dataset, the deck). */
export function sharedViewQuery(search: string): string {
  return serializeView(search, { dataset: null, data: null, compare: null, present: null, slide: null }).replace(/^\?/, '');
}

async function fetchShell(): Promise<string> {
  let response: Response;
  try {
    response = await fetch(SHARE_SHELL_URL);
  } catch {
    throw new ShareShellMissingError();
  }
  const shell = response.ok ? await response.text() : '';
  // Only the one-file build will open from a USB stick: a page that loads scripts from beside it is not the shell.
  if (!shell.includes('</body>') || /<script[^>]+\ssrc=/.test(shell)) throw new ShareShellMissingError();
  return shell;
}

export async function saveSharedFile(loaded: LoadedBudget, statuses: StatusMap, search: string): Promise<void> {
  const shell = await fetchShell();
  const { model } = loaded;
  // Its own URL per file: statuses the colleague records are stored under it, apart from another shared file's.
  const budgetUrl = `shared/${model.fiscalYear}-${Date.now().toString(36)}.json`;
  const html = withSharedDataset(shell, JSON.stringify(loaded.file), { budgetUrl, view: sharedViewQuery(search), statuses: { version: 1, statuses } });
  downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), safeFileName(`${model.department.name} ${model.fiscalYear}`, 'html', { fallback: 'budget' }));
}
