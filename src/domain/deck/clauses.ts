/** Sentence pieces several slides share: a change against last year, a part of a whole. */
import type { SpecRow } from '../charts/spec';
import type { Change } from '../yearOverYear';
import type { DeckText } from './types';
import { money, name, percent, text, year } from './values';

/**
 * "比 2020 年增加 26.17 万元（31.50%）", or that last year is not stated. When the
 * document states another growth rate, the computed one is marked as computed and
 * the document's is named beside it.
 */
export function changeClause(change: Change): DeckText {
  if (change.change === undefined || change.previousYear === undefined) return text('say.noPrevious');
  const values = { year: year(change.previousYear), previous: money(change.previous) };
  if (change.change === 0) return text('say.changeFlat', values);
  const up = change.change > 0;
  const magnitude = Math.abs(change.change) as typeof change.change;
  const pct = change.growthPct === undefined ? undefined : Math.abs(change.growthPct);
  const key = up ? 'say.changeUp' : 'say.changeDown';
  if (change.statedGrowthPct !== undefined) {
    return text(`${key}Stated`, { ...values, change: money(magnitude), pct: percent(pct), stated: percent(Math.abs(change.statedGrowthPct)) });
  }
  return text(key, { ...values, change: money(magnitude), pct: percent(pct) });
}

/**
 * One part of a whole: "基本支出 109.25 万元，占 100%", "无项目支出" when the document
 * states 0, "项目支出未说明" when it states nothing.
 */
export function partClause(row: SpecRow | undefined, key = 'say.part'): DeckText | undefined {
  if (!row) return undefined;
  if (row.value === undefined) return text('say.notStated', { name: name(row) });
  if (row.value === 0) return text('say.none', { name: name(row) });
  return text(key, { name: name(row), amount: money(row.value), share: percent(row.share) });
}

/** A spec row as a note line: name, amount, share. */
export function rowNote(row: SpecRow): DeckText {
  return row.value === undefined
    ? text('say.notStated', { name: name(row) })
    : text('note.row', { name: name(row), amount: money(row.value), share: percent(row.share) });
}

export function defined<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}
