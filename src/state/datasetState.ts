/**
 * Which dataset is on screen and which one it is compared with, kept in the URL
 * (`?dataset=<id>`, `?data=<same-origin URL>`, `?compare=<id|seed>`) so reload,
 * Back and a copied link restore them.
 */
import { SEED_SOURCE, type DatasetSource } from '@/data/datasetSource';
import { readParam, setParams, useUrlParam } from './urlState';

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
function currentSource(dataset: string | undefined, data: string | undefined): DatasetSource {
  if (dataset) return { kind: 'stored', id: dataset };
  if (data) return { kind: 'url', url: data };
  return SEED_SOURCE;
}

export function useCurrentSource(): DatasetSource {
  return currentSource(useUrlParam('dataset'), useUrlParam('data'));
}

/** The same, read straight from the address (before React renders: the page starts loading it at once). */
export function currentSourceInUrl(): DatasetSource {
  return currentSource(readParam('dataset'), readParam('data'));
}

export function useDatasetId(): string | undefined {
  return useUrlParam('dataset');
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
  const compare = 'compare' in opts ? opts.compare : (new URLSearchParams(window.location.search).get('compare') ?? undefined);
  setParams({ dataset: id, data: undefined, compare: compare === (id ?? SEED_KEY) ? undefined : compare }, { push: true });
}

export function useCompareSource(): [DatasetSource | undefined, (key: string | undefined) => void] {
  const key = useUrlParam('compare');
  return [sourceFromKey(key), (next) => setParams({ compare: next }, { push: true })];
}
