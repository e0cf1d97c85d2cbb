/** How a “三公” line reads: an amount, "未编入预算", or "未说明"; and how it compares with last year. */
import type { TFunction } from '@/i18n/translator';
import type { PreviousComparison, ThreePublicRow } from '@/domain/charts/threePublicSpec';
import type { Formatter } from '@/i18n/formatter';

export function valueText(row: ThreePublicRow, format: Formatter, t: TFunction<'other'>): string {
  if (row.status === 'notBudgeted') return t('notBudgeted');
  return format.amount(row.value);
}

/** The cell under "较 2020 年": the document's word (持平) or the change from last year's figure. */
export function previousCell(previous: PreviousComparison | undefined, year: number, format: Formatter, t: TFunction<'other'>): string {
  if (!previous) return t('previousNotStated');
  if (previous.kind === 'stated') return t(`direction.${previous.direction}`, { year });
  return t('previousAmount', { year, amount: format.amount(previous.value), change: format.amount(previous.change, { signed: true }) });
}

/** The same, as a sentence that names the year: "较 2020 年持平". */
export function previousSentence(previous: PreviousComparison | undefined, year: number, format: Formatter, t: TFunction<'other'>): string {
  if (previous?.kind === 'stated') return t('previousStated', { year, direction: t(`direction.${previous.direction}`, { year }) });
  return `${t('columns.previous', { year })}：${previousCell(previous, year, format, t)}`;
}
