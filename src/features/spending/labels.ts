/** Small text helpers shared by the section's charts and tables. */
import type { SpecRow } from '@/domain/charts/spec';
import type { Formatter } from '@/state/useFormat';

/** "23.49（21.50%）", or "未说明" for a figure the document does not state. */
export function valueLabel(row: Pick<SpecRow, 'value' | 'share'>, format: Formatter, withUnit = false): string {
  if (row.value === undefined) return format.amount(undefined);
  const amount = withUnit ? format.amount(row.value) : format.amountNumber(row.value);
  if (row.share === undefined) return amount;
  const share = format.percent(row.share);
  return format.language === 'en' ? `${amount} (${share})` : `${amount}（${share}）`;
}
