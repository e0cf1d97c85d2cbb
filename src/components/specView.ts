/** Turns a chart spec into what the chart draws and what its table shows. */
import type { AnyTFunction } from '@/i18n/translator';
import { fenToDecimalString, fenToUnit } from '@/domain/money';
import type { AmountSpec, SpecRow } from '@/domain/charts/spec';
import type { Formatter } from '@/i18n/formatter';
import type { ChartDatum } from './charts/types';
import type { TableData } from './table';

/** "23.49（21.50%）", or "未说明" for a figure the document does not state. */
export function valueWithShare(row: Pick<SpecRow, 'value' | 'share'>, format: Formatter, withUnit = false): string {
  if (row.value === undefined) return format.amount(undefined);
  const amount = withUnit ? format.amount(row.value) : format.amountNumber(row.value);
  return row.share === undefined ? amount : format.paren(amount, format.percent(row.share));
}

export function specToChartData(spec: AmountSpec, format: Formatter): ChartDatum[] {
  return spec.rows.map((row) => ({
    key: row.key,
    label: format.name(row),
    value: row.value === undefined ? undefined : fenToUnit(row.value, format.unit),
    valueLabel: valueWithShare(row, format),
    ...(row.selected ? { selected: true } : {}),
    ...(row.dimmed ? { dimmed: true } : {}),
  }));
}

/** Name, amount in the display unit, share — the table view and the CSV. */
export function specToTable(rows: readonly SpecRow[], format: Formatter, t: AnyTFunction, onSelect?: (row: SpecRow) => void): TableData {
  return {
    columns: [
      { key: 'name', label: t('common:columns.name') },
      { key: 'amount', label: t('common:columns.amount', { unit: format.unitLabel }), numeric: true },
      { key: 'share', label: t('common:columns.share'), numeric: true },
    ],
    rows: rows.map((row) => ({
      key: row.key,
      cells: [
        { display: format.name(row), csv: format.name(row) },
        { display: format.amountNumber(row.value), csv: row.value === undefined ? format.amount(undefined) : fenToDecimalString(row.value, format.unit) },
        { display: format.percent(row.share), csv: row.share === undefined ? '' : Number(row.share.toFixed(2)) },
      ],
      ...(row.selected ? { selected: true } : {}),
      ...(onSelect && row.filterId ? { onSelect: () => onSelect(row) } : {}),
    })),
  };
}
