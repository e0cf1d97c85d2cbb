/** A tile's change against last year, in words; the document's own rate is named when it differs from the computed one. */
import { decimalsOf } from '@/domain/money';
import type { Change } from '@/domain/yearOverYear';
import type { Formatter } from '@/i18n/formatter';
import type { TFunction } from '@/i18n/translator';

type T = TFunction<'overview'>;

export function changeText(change: Change, format: Formatter, t: T): string {
  if (change.change === undefined || change.previousYear === undefined) return t('noPrevious');
  const values = { year: change.previousYear, change: format.amount(change.change, { signed: true }), pct: format.percent(change.growthPct, { signed: true }) };
  if (change.statedGrowthPct === undefined) return t('change', values);
  return t('changeStated', { ...values, stated: format.percent(change.statedGrowthPct, { signed: true, decimals: decimalsOf(change.statedGrowthPct) }) });
}
