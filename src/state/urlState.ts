/**
 * View state lives in the URL (section, category filter, unit, language, slide…)
 * so reload, the back button and a copied link all restore the same view. nuqs
 * keeps it: each hook parses only its own keys (urlParams.ts) and re-renders only
 * when they change, and writes made in one click are batched into one history entry.
 */
import { createElement, type ReactNode } from 'react';
import { useQueryState, useQueryStates, type Options, type SetValues } from 'nuqs';
import { enableHistorySync, NuqsAdapter } from 'nuqs/adapters/react';
import { serializeView, viewParams, type ParamKey, type ParamPatch, type ParamValues, type ViewParams } from './urlParams';

// The few writes made outside React (a dataset shown once a file has loaded) go through the History API:
// this tells nuqs's hooks about them, as it does for the test helpers that set the address.
if (typeof window !== 'undefined') enableHistorySync();

/** Gives the page's components the address (and, at build time with no window, an empty one). */
export function UrlStateProvider({ children }: { children: ReactNode }) {
  return createElement(NuqsAdapter, null, children);
}

export type SetParam<K extends ParamKey> = (value: ParamValues[K] | null, options?: Options) => void;

/** One key of the address, typed by its parser; the component re-renders when that key changes, not another. */
export function useParam<K extends ParamKey>(key: K): [ParamValues[K], SetParam<K>] {
  const [value, set] = useQueryState(key, viewParams[key] as ViewParams['s']);
  return [value as ParamValues[K], set as unknown as SetParam<K>];
}

/** Parsers for a few keys read and written together (define it once, outside the component). */
export function pickParams<K extends ParamKey>(...keys: K[]): Pick<ViewParams, K> {
  return Object.fromEntries(keys.map((key) => [key, viewParams[key]])) as Pick<ViewParams, K>;
}

/** Several keys at once (from `pickParams`): one setter writes them as one change. */
export function useParams<K extends ParamKey>(parsers: Pick<ViewParams, K>): [Pick<ParamValues, K>, SetValues<Pick<ViewParams, K>>] {
  const [values, set] = useQueryStates(parsers);
  return [values as Pick<ParamValues, K>, set];
}

/**
 * Changes the address from outside a component (after an await). `push` makes a
 * history entry (a deliberate navigation the back button should undo); otherwise
 * the entry is replaced.
 */
export function navigate(patch: ParamPatch, opts: { push?: boolean } = {}): void {
  const next = serializeView(window.location.search, patch);
  if (next === window.location.search) return;
  const url = window.location.pathname + next + window.location.hash;
  if (opts.push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** The address's current values, as a link builder: `link({ s: 'spending' })` gives "?s=spending&cat=…". */
export function useViewLink(): (patch: ParamPatch) => string {
  const [values] = useQueryStates(viewParams);
  return (patch) => serializeView({ ...values, ...patch }) || '?';
}
