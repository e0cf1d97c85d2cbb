/**
 * A chart is a spec: rows computed from the budget and the active filter, shared
 * by the dashboard, the deck and every export. Components only render and format.
 */
import type { Fen } from '../money';

export interface SpecRow {
  key: string;
  name: string;
  nameEn?: string;
  /** Undefined when the document does not state it (drawn as "not stated", never 0). */
  value?: Fen;
  /** Percent of the spec's total. */
  share?: number;
  /** What the active filter selects. */
  selected?: boolean;
  /** Something else is selected: draw in grey. */
  dimmed?: boolean;
  /** Category id to filter by when the row is chosen. */
  filterId?: string;
  /** True for the "其他" row that folds the long tail. */
  isOther?: boolean;
}

export interface AmountSpec {
  id: string;
  /** Donut for 2–4 parts, horizontal bars otherwise. */
  kind: 'bar' | 'donut';
  rows: SpecRow[];
  /** The whole the shares refer to. */
  total?: Fen;
}

/** At most this many marks before the rest fold into 其他 (STYLE: ~12). */
export const MAX_MARKS = 12;

export const OTHER_NAME = { name: '其他', nameEn: 'Other' } as const;

/** Largest first; rows without a stated value keep their order at the end. */
export function sortByValue(rows: readonly SpecRow[]): SpecRow[] {
  const stated = rows.filter((r) => r.value !== undefined).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  return [...stated, ...rows.filter((r) => r.value === undefined)];
}

/** Keeps the largest `max - 1` rows (and any selected one) and folds the rest into 其他. */
export function foldTail(rows: readonly SpecRow[], max: number = MAX_MARKS): SpecRow[] {
  if (rows.length <= max) return [...rows];
  const keep = rows.slice(0, max - 1);
  const selected = rows.slice(max - 1).find((r) => r.selected);
  if (selected) keep.splice(keep.length - 1, 1, selected);
  const rest = rows.filter((r) => !keep.includes(r));
  const restValues = rest.map((r) => r.value).filter((v): v is Fen => v !== undefined);
  const value = restValues.reduce((a, b) => a + b, 0) as Fen;
  return [...keep, { key: '__other__', ...OTHER_NAME, value, isOther: true, ...(keep.some((r) => r.selected) ? { dimmed: true } : {}) }];
}
