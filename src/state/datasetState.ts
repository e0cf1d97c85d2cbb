/**
 * Which dataset is on screen and which one it is compared with, kept in the URL
 * (`?dataset=<id>`, `?data=<same-origin URL>`, `?compare=<id|seed>`) so reload,
 * Back and a copied link restore them.
 */
import { SEED_SOURCE, type DatasetSource } from '@/data/datasetSource';
import { loadViewParams } from './urlParams';
import { navigate, pickParams, useParam, useParams } from './urlState';

/** The compare parameter's name for the bundled seed. */
export const SEED_KEY = 'seed';

export function sourceKey(source: DatasetSource): string {
  if (source.kind === 'stored') return source.id;
  return source.kind === 'url' ? `url:${source.url}` : SEED_KEY;
}

export function sourceFromKey(key: string | undefined): DatasetSource | undefined {
  if (!key) return undefined;
  if (key === SEED_KEY) return SEED_SOURCE;
  return key.startsWith('url:') ? { kind: 'url', url: key.slice(4) } : { kind: 'stored', id: key };
}

/** `?dataset=` wins over `?data=`; with neither, the bundled seed. */
function currentSource({ dataset, data }: { dataset: string | null; data: string | null }): DatasetSource {
  if (dataset) return { kind: 'stored', id: dataset };
  if (data) return { kind: 'url', url: data };
  return SEED_SOURCE;
}

const SOURCE = pickParams('dataset', 'data');

export function useCurrentSource(): DatasetSource {
  return currentSource(useParams(SOURCE)[0]);
}

/** The same, read straight from the address (before React renders: the page starts loading it at once). */
export function currentSourceInUrl(): DatasetSource {
  return currentSource(loadViewParams(window.location.search));
}

export function useDatasetId(): string | undefined {
  return useParam('dataset')[0] ?? undefined;
}

/**
 * Shows what the address named before (`kept`, or the seed) and makes the address say so, without
 * a history entry: the dataset the address asked for could not be shown.
 */
export function useKeepShown(): (kept: DatasetSource | undefined) => void {
  const [, set] = useParams(SOURCE);
  return (kept) =>
    void set({ dataset: kept?.kind === 'stored' ? kept.id : null, data: kept?.kind === 'url' ? kept.url : null }, { history: 'replace' });
}

/**
 * Choices of what to show, counted: a load that took a while (a large file being
 * validated) shows its result only if nothing was chosen after it started, so the
 * user's last choice wins whatever finishes last.
 */
let latestChoice = 0;

/** Marks a new choice; keep the number and ask isLatestChoice before acting on it later. */
export function newChoice(): number {
  latestChoice += 1;
  return latestChoice;
}

export function isLatestChoice(choice: number): boolean {
  return choice === latestChoice;
}

/** Shows the dataset picked as `choice` unless the user has chosen again since; true when it was shown. */
export function showIfLatest(choice: number, id: string | undefined): boolean {
  if (!isLatestChoice(choice)) return false;
  showDataset(id);
  return true;
}

/** Shows a stored dataset (or the seed with undefined); a comparison with itself is dropped. */
export function showDataset(id: string | undefined, opts: { compare?: string | undefined } = {}): void {
  newChoice();
  const compare = 'compare' in opts ? opts.compare : (loadViewParams(window.location.search).compare ?? undefined);
  navigate({ dataset: id ?? null, data: null, compare: compare === (id ?? SEED_KEY) ? null : (compare ?? null) }, { push: true });
}

/**
 * The dataset compared with, and a setter: choosing one pushes a history entry; `replace` drops a
 * comparison without one (its dataset was removed).
 */
export function useCompareSource(): [DatasetSource | undefined, (key: string | undefined, opts?: { replace?: boolean }) => void, string | undefined] {
  const [key, set] = useParam('compare');
  return [sourceFromKey(key ?? undefined), (next, opts) => set(next ?? null, opts?.replace ? { history: 'replace' } : {}), key ?? undefined];
}
