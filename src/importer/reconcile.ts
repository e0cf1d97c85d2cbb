/**
 * Accepting figures by arithmetic. A document names its income sources and its
 * 类 in several places (收入预算, 财政拨款 part, tables); each sentence's list is a
 * candidate, and the one taken is the fullest that adds up to the total (or, when
 * the total is not known or no list adds up, the first one that is a list on
 * purpose and names only known classes). A missing part of a whole is derived as
 * the whole minus its other parts and marked derived.
 */
import type { CandidateList, FigureStore } from './figureStore';
import type { Tier } from './labels';
import type { Provenance } from './types';

const sum = (list: CandidateList): number => list.items.reduce((a, i) => a + i.fen, 0);

/** The list of income sources or 类 to use, by the sums it meets. */
export function chooseList(store: FigureStore, kind: CandidateList['kind'], total: number | undefined): CandidateList | undefined {
  const lists = store.lists.filter((l) => l.kind === kind && l.items.length > 0);
  // Of the lists that add up, the fullest: "收入包括：一般公共预算拨款收入 X" before "其中：上年结转 0，…，一般公共预算拨款收入 X，…".
  const adds = lists
    .filter((l) => total !== undefined && sum(l) === total)
    .reduce<CandidateList | undefined>((best, l) => (best && best.items.length >= l.items.length ? best : l), undefined);
  if (adds) return adds;
  // A part smaller than the total (财政拨款, 一般公共预算) never stands for the whole.
  const whole = lists.filter((l) => l.tier === 'A' || total === undefined);
  const introduced = whole.filter((l) => l.introduced && (kind === 'revenue' || l.items.every((i) => i.known)));
  if (introduced.length > 0) return introduced[0];
  // Without any list opened on purpose, a single standalone source that is the whole budget ("一般预算财政拨款收入为 234.05 万元").
  return kind === 'revenue' && total !== undefined ? whole.find((l) => l.items.length === 1 && l.items[0]!.fen === total) : undefined;
}

/** Lists of a part of the budget that were left out because they do not cover the whole. */
export function partListsLeftOut(store: FigureStore, kind: CandidateList['kind'], chosen: CandidateList | undefined): Tier[] {
  if (chosen) return [];
  return [...new Set(store.lists.filter((l) => l.kind === kind && l.tier !== 'A').map((l) => l.tier))];
}

/** Writes the chosen list's items as figures, each with its own sentence. */
export function commitList(store: FigureStore, list: CandidateList, pathOf: (name: string) => string): void {
  for (const item of list.items) {
    store.add(pathOf(item.name), { kind: 'money', fen: item.fen }, 'A', item.provenance, { approximate: item.approximate });
  }
}

export interface Whole {
  whole: string;
  parts: string[];
}

/** Wholes and their parts, in the document's arithmetic. */
export const SUMS: Whole[] = [
  { whole: 'threePublic.total', parts: ['threePublic.abroad', 'threePublic.reception', 'threePublic.vehicle'] },
  { whole: 'threePublic.vehicle', parts: ['threePublic.vehiclePurchase', 'threePublic.vehicleOperation'] },
];

/**
 * A single missing part of a whole whose other parts are all stated: the whole
 * minus the others, recorded as derived with the sentences it rests on.
 */
export function deriveParts(store: FigureStore, resolveFen: (path: string) => number | undefined): void {
  // The combined car figure is only a step of the arithmetic (never written to the file): from its two parts when both are stated.
  const purchase = resolveFen('threePublic.vehiclePurchase');
  const operation = resolveFen('threePublic.vehicleOperation');
  if (!store.has('threePublic.vehicle') && purchase !== undefined && operation !== undefined) {
    const provenance = store.all('threePublic.vehicleOperation')[0]!.provenance;
    store.add('threePublic.vehicle', { kind: 'money', fen: purchase + operation }, 'A', provenance, { derived: true });
  }
  for (const { whole, parts } of SUMS) {
    const total = resolveFen(whole);
    if (total === undefined) continue;
    const known = parts.map((p) => resolveFen(p));
    const missing = parts.filter((_, i) => known[i] === undefined);
    if (missing.length !== 1 || store.has(missing[0]!) || store.conflicts.has(missing[0]!)) continue;
    const rest = total - known.reduce<number>((a, v) => a + (v ?? 0), 0);
    if (rest < 0) continue;
    const sources: Provenance[] = [whole, ...parts.filter((p) => p !== missing[0])].map((p) => store.all(p)[0]!.provenance);
    const provenance: Provenance = {
      sentence: sources
        .map((p) => p.sentence)
        .filter((v, i, a) => a.indexOf(v) === i)
        .join(' / '),
      section: sources[0]!.section,
    };
    store.add(missing[0]!, { kind: 'money', fen: rest }, 'A', provenance, { derived: true });
  }
}

/** What the parts of the total add up to, each way the document splits it. */
export function totalSums(store: FigureStore, resolveFen: (path: string) => number | undefined): number[] {
  const sums = store.lists.map(sum);
  const basic = resolveFen('spending.basic');
  const project = resolveFen('spending.project');
  if (basic !== undefined && project !== undefined) sums.push(basic + project);
  return sums;
}
