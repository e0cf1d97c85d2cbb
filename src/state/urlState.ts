/**
 * View state lives in the URL (section, category filter, unit, language, slide…)
 * so reload, the back button and a copied link all restore the same view.
 * A tiny external store over `location.search`; no router needed for one page.
 */
import { createContext, startTransition, useContext, useEffect, useState, useSyncExternalStore } from 'react';

export type UrlKey = 's' | 'cat' | 'unit' | 'lang' | 'data' | 'dataset' | 'present' | 'slide' | 'drill' | 'compare' | 'asof' | 'view';

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

function getSearch(): string {
  return window.location.search;
}

/** The last query string read, parsed: dozens of components read the same address on every change. */
let parsed: { search: string; params: URLSearchParams } | undefined;

export function readParam(key: UrlKey, search: string = getSearch()): string | undefined {
  if (parsed?.search !== search) parsed = { search, params: new URLSearchParams(search) };
  return parsed.params.get(key) ?? undefined;
}

/** Returns the URL with `patch` applied; undefined or '' removes a key. */
export function patchedUrl(patch: Partial<Record<UrlKey, string | undefined>>, href: string = window.location.href): string {
  const url = new URL(href);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === '') url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  return url.pathname + url.search + url.hash;
}

/**
 * A link to this page with `patch` applied, as a query-only relative reference
 * ("?s=spending&cat=…"): right wherever the page is served from (a sub-folder, a
 * USB stick's file://), and the same when the page is built and in the browser.
 */
export function queryLink(patch: Partial<Record<UrlKey, string | undefined>>, search: string): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === '') params.delete(key);
    else params.set(key, value);
  }
  return `?${params.toString()}`;
}

/** The address's query string, following changes (empty when the page is built). */
export function useUrlSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, () => '');
}

/**
 * Changes the URL. `push` makes a history entry (a deliberate navigation the back
 * button should undo, like choosing a filter); otherwise the entry is replaced.
 */
export function setParams(patch: Partial<Record<UrlKey, string | undefined>>, opts: { push?: boolean } = {}): void {
  const next = patchedUrl(patch);
  if (next === window.location.pathname + window.location.search + window.location.hash) return;
  if (opts.push) window.history.pushState(null, '', next);
  else window.history.replaceState(null, '', next);
  notify();
}

/**
 * True inside parts of the page the reader cannot see (a section far off screen):
 * there, URL changes re-render as a background transition, after the visible part
 * has been drawn, so a filter click costs what the screen shows, not the whole report.
 */
export const DeferUrlUpdates = createContext(false);

const ignore = () => () => undefined;

/**
 * Runs `run` once the browser has painted the next frame: what the reader sees
 * answers a click first, and only then does work for parts of the page out of sight
 * begin (a transition's commit can otherwise land before that frame and delay it).
 */
function afterNextPaint(run: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') {
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
}

/**
 * One parameter of the address. A component re-renders when that parameter changes,
 * not when another does (a filter click leaves the key-work timeline alone).
 */
export function useUrlParam(key: UrlKey): string | undefined {
  const deferred = useContext(DeferUrlUpdates);
  const read = () => readParam(key);
  const current = useSyncExternalStore(deferred ? ignore : subscribe, read, () => undefined);
  const [late, setLate] = useState(current);
  const [wasDeferred, setWasDeferred] = useState(deferred);
  // Going off screen: start from the URL as it is now.
  if (deferred !== wasDeferred) {
    setWasDeferred(deferred);
    if (deferred) setLate(current);
  }
  useEffect(() => (deferred ? subscribe(() => afterNextPaint(() => startTransition(() => setLate(readParam(key))))) : undefined), [deferred, key]);
  return deferred ? late : current;
}
