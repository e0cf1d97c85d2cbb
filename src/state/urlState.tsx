/**
 * View state lives in the URL (section, category filter, unit, language, slide…)
 * so reload, the back button and a copied link all restore the same view.
 *
 * nuqs reads and writes the address: one `useQueryStates` at the root parses it once per
 * change, and writes made in one click are batched into one history entry. Components
 * read each key from its own context, so a category click re-renders what reads `cat`
 * and nothing else; a section off screen reads them late (DeferredView).
 */
import { createContext, use, useMemo, type Context, type ReactNode } from 'react';
import { useQueryStates, type Options, type SetValues } from 'nuqs';
import { enableHistorySync, NuqsAdapter } from 'nuqs/adapters/react';
import { useCatchUp } from './useCatchUp';
import { serializeView, viewParams, type ParamKey, type ParamPatch, type ParamValues, type ViewParams } from './urlParams';

// The few writes made outside React (a dataset shown once a file has loaded) go through the History API:
// this tells nuqs about them, as it does for the test helpers that set the address.
if (typeof window !== 'undefined') enableHistorySync();

const KEYS = Object.keys(viewParams) as ParamKey[];
type KeyContexts = { [K in ParamKey]: Context<ParamValues[K]> };
const VALUE = Object.fromEntries(KEYS.map((key) => [key, createContext<unknown>(key === 'lang' ? viewParams.lang.defaultValue : null)])) as unknown as KeyContexts;
const ALL = createContext<ParamValues | undefined>(undefined);
const SET = createContext<SetValues<ViewParams> | undefined>(undefined);

/** One provider per key: a consumer re-renders when its key's value changes, not when another's does. */
function KeyValues({ values, children }: { values: ParamValues; children: ReactNode }) {
  return KEYS.reduceRight<ReactNode>((inner, key) => {
    const Provider = VALUE[key] as Context<unknown>;
    return <Provider value={values[key]}>{inner}</Provider>;
  }, children);
}

function RootView({ children }: { children: ReactNode }) {
  const [values, set] = useQueryStates(viewParams);
  return (
    <SET value={set}>
      <ALL value={values}>
        <KeyValues values={values}>{children}</KeyValues>
      </ALL>
    </SET>
  );
}

/** Gives the page's components the address (and, at build time with no window, an empty one). */
export function UrlStateProvider({ children }: { children: ReactNode }) {
  return (
    <NuqsAdapter>
      <RootView>{children}</RootView>
    </NuqsAdapter>
  );
}

/**
 * Around a part of the page the reader cannot see (a section off screen): there, address changes
 * arrive once the page is idle, each section in a transition of its own (useCatchUp), after the
 * visible part has answered. Measured with the bench (Event Timing median on the seed as a multiple
 * of the bare page's filter toggle in the same run, busy machine): with no deferral the unit switch
 * took 2.0 × and the language switch 3.7 ×; deferred with useDeferredValue (one render of every far
 * section at once), 0.75 × and 3.25 ×. The language now catches up the same way (app/SectionLanguage).
 */
export function DeferredView({ deferred, children }: { deferred: boolean; children: ReactNode }) {
  const values = use(ALL);
  const shown = useCatchUp(values, deferred);
  // The whole address too (useViewLink): a link built there waits with the rest of what it shows.
  return shown ? (
    <ALL value={shown}>
      <KeyValues values={shown}>{children}</KeyValues>
    </ALL>
  ) : (
    children
  );
}

/**
 * One key of the address as `value` inside `children`, and the whole address (useViewLink) with it: a
 * section that takes the language late (app/SectionLanguage) shows, formats and links in the language it
 * draws, not the one the address has just moved to.
 */
export function ParamValue<K extends ParamKey>({ param, value, children }: { param: K; value: ParamValues[K]; children: ReactNode }) {
  const Provider = VALUE[param] as Context<unknown>;
  const all = use(ALL);
  const whole = useMemo(() => (all && all[param] !== value ? { ...all, [param]: value } : all), [all, param, value]);
  return (
    <ALL value={whole}>
      <Provider value={value}>{children}</Provider>
    </ALL>
  );
}

function useSetValues(): SetValues<ViewParams> {
  const set = use(SET);
  if (!set) throw new Error('useParam needs UrlStateProvider above it');
  return set;
}

export type SetParam<K extends ParamKey> = (value: ParamValues[K] | null, options?: Options) => void;

/** One key of the address, typed by its parser; the setter keeps the key's history mode unless told. */
export function useParam<K extends ParamKey>(key: K): [ParamValues[K], SetParam<K>] {
  const set = useSetValues();
  return [use(VALUE[key]), (value, options) => void set({ [key]: value } as ParamPatch, options)];
}

/** Parsers for a few keys read and written together (define it once, outside the component). */
export function pickParams<K extends ParamKey>(...keys: K[]): Pick<ViewParams, K> {
  return Object.fromEntries(keys.map((key) => [key, viewParams[key]])) as Pick<ViewParams, K>;
}

/** Several keys at once (from `pickParams`): one setter writes them as one change. */
export function useParams<K extends ParamKey>(parsers: Pick<ViewParams, K>): [Pick<ParamValues, K>, (patch: Pick<ParamPatch, K>, options?: Options) => void] {
  const set = useSetValues();
  const values: Partial<Record<K, unknown>> = {};
  for (const key of Object.keys(parsers) as K[]) values[key] = use(VALUE[key]);
  return [values as Pick<ParamValues, K>, (patch, options) => void set(patch, options)];
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
  const values = use(ALL);
  return (patch) => serializeView({ ...values, ...patch }) || '?';
}
