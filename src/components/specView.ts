/**
 * The one path from a chart spec to what is shown: the chart's rows, the value formatter
 * that writes their figures, and the table (which is also the CSV). Everything it shows
 * comes in as arguments (the spec, the Formatter, t): it reads no state.
 */
import type { AnyTFunction } from '@/i18n/translator';
import type { Fen } from '@/domain/money';
import type { AmountSpec, SpecRow } from '@/domain/charts/spec';
import type { Formatter } from '@/i18n/formatter';
import type { ChartDatum, ValueFormatter } from './charts/types';
import type { TableData } from './table';
import { amountShareCells, amountShareColumns } from './amountColumns';

/** "23.49（21.50%）", or "未说明" for a figure the document does not state. */
export function valueWithShare(row: Pick<SpecRow, 'value' | 'share'>, format: Formatter, withUnit = false): string {
  if (row.value === undefined) return format.amount(undefined);
  const amount = withUnit ? format.amount(row.value) : format.amountNumber(row.value);
  return row.share === undefined ? amount : format.paren(amount, format.percent(row.share));
}

/** Rows of an amount chart: the exact amount in 分 and its share, named in the Formatter's language. */
export function specToChartData(spec: AmountSpec, format: Formatter): ChartDatum[] {
  return spec.rows.map((row) => ({
    key: row.key,
    label: format.name(row),
    value: row.value,
    ...(row.share !== undefined ? { share: row.share } : {}),
    ...(row.selected ? { selected: true } : {}),
    ...(row.dimmed ? { dimmed: true } : {}),
  }));
}

/** Writes an amount chart's figures: amount in the display unit with its share, as the table does. */
export function amountFormatter(format: Formatter, withUnit = false): ValueFormatter {
  // An amount chart's values are the spec's 分 (specToChartData), so the brand is restored, not invented.
  return (d) => valueWithShare({ value: d.value as Fen | undefined, ...(d.share !== undefined ? { share: d.share } : {}) }, format, withUnit);
}

/** A donut segment's short label: its share of the whole, else its amount. */
export function shareFormatter(format: Formatter): ValueFormatter {
  return (d) => (d.share !== undefined ? format.percent(d.share) : format.amountNumber(d.value as Fen | undefined));
}

/** Name, amount in the display unit, share — the table view and the CSV. */
export function specToTable(rows: readonly SpecRow[], format: Formatter, t: AnyTFunction, onSelect?: (row: SpecRow) => void): TableData {
  return {
    columns: [{ key: 'name', label: t('common:columns.name') }, ...amountShareColumns(format, t)],
    rows: rows.map((row) => ({
      key: row.key,
      cells: [{ display: format.name(row), csv: format.name(row) }, ...amountShareCells(row.value, row.share, format)],
      ...(row.selected ? { selected: true } : {}),
      ...(onSelect && row.filterId ? { onSelect: () => onSelect(row) } : {}),
    })),
  };
}
