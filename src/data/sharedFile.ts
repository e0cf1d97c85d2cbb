/**
 * A shared file: the one-file build (`dist/share.html`, see vite.share.ts) with a
 * dataset, its milestone statuses and the view written into it, so a colleague
 * opens it from e-mail or a USB stick, with no server and no network, and sees
 * what the sender saw. The budget goes in as an embedded budget under its own URL
 * (embeddedBudget.ts answers it like any file); the statuses and the view go in a
 * second JSON block. Both are data, never run, so the page's CSP hashes still hold.
 */
import { scriptSafeJson } from './embeddedBudget';

export const SHARED_STATE_ID = 'shared-state';

/** Where the one-file shell sits beside the built index.html. */
export const SHARE_SHELL_URL = 'share.html';

export interface SharedState {
  /** The URL the embedded budget answers to; the view's `data=` names it. */
  budgetUrl: string;
  /** The query string the file opens with (section, filter, unit, language, as-of day…). */
  view: string;
  /** The statuses as a milestone record ({ version, statuses }), checked like a stored one when read. */
  statuses: unknown;
}

/** The shell with the budget and the state written in, just before </body>. */
export function withSharedDataset(shell: string, budgetJson: string, state: SharedState): string {
  const end = shell.lastIndexOf('</body>');
  if (end < 0) throw new Error('share shell has no </body>');
  const url = state.budgetUrl.replace(/[^\w./-]/g, '');
  const blocks =
    `<script type="application/json" data-budget-url="${url}">${scriptSafeJson(budgetJson)}</script>\n` +
    `<script type="application/json" id="${SHARED_STATE_ID}">${scriptSafeJson(JSON.stringify({ ...state, budgetUrl: url }))}</script>\n`;
  return shell.slice(0, end) + blocks + shell.slice(end);
}

/** The state a shared file carries; undefined in any other page (or when the block is not what we wrote). */
export function readSharedState(doc: Document = document): SharedState | undefined {
  const text = doc.getElementById(SHARED_STATE_ID)?.textContent;
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { budgetUrl, view, statuses } = value as Record<string, unknown>;
    return typeof budgetUrl === 'string' && typeof view === 'string' ? { budgetUrl, view, statuses } : undefined;
  } catch {
    return undefined;
  }
}

/** The statuses a shared file carries for this dataset, if it is the shared one. */
export function sharedStatusesFor(datasetId: string, doc: Document | undefined = typeof document === 'undefined' ? undefined : document): unknown {
  const state = doc ? readSharedState(doc) : undefined;
  return state?.budgetUrl === datasetId ? state.statuses : undefined;
}
