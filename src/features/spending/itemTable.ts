/** The detail table's rows and CSV: 项, its 类 › 款, amount, share, purpose. */
import type { TFunction } from '@/i18n/translator';
import type { TableData, TableRow } from '@/components/table';
import { amountShareCells, amountShareColumns } from '@/components/amountColumns';
import type { ItemRow, ItemTotal } from '@/domain/charts/itemRows';
import { subtract } from '@/domain/money';
import { percentOf } from '@/domain/percent';
import type { Formatter } from '@/i18n/formatter';

export function itemTable(rows: readonly ItemRow[], format: Formatter, t: TFunction<'spending'>): TableData {
  return {
    columns: [
      { key: 'name', label: t('common:columns.name') },
      { key: 'path', label: t('items.path') },
      ...amountShareColumns(format, t),
      { key: 'purpose', label: t('items.purpose') },
    ],
    rows: rows.map((row) => {
      const path = row.path.map((n) => format.name(n)).join(' › ');
      const purpose = row.purpose ?? t('items.noPurpose');
      return {
        key: row.key,
        cells: [
          { display: format.name(row), csv: format.name(row) },
          { display: path, csv: path },
          ...amountShareCells(row.value, row.share, format),
          { display: purpose, csv: purpose },
        ],
      };
    }),
  };
}

/** The total row: the lines added up, and the document's own figure for the same whole beside it. */
export function itemTotalRow(total: ItemTotal, budgetTotal: ItemRow['value'], format: Formatter, t: TFunction<'spending'>): TableRow {
  const share = percentOf(total.sum, budgetTotal);
  const note =
    total.stated === undefined
      ? t('items.totalNoStated')
      : total.stated === total.sum
        ? t('items.totalAgrees', { stated: format.amount(total.stated) })
        : t('items.totalDiffers', { stated: format.amount(total.stated), diff: format.amount(subtract(total.sum, total.stated), { signed: true }) });
  return {
    key: 'total',
    cells: [
      { display: t('items.total'), csv: t('items.total') },
      { display: '', csv: '' },
      ...amountShareCells(total.sum, share, format),
      { display: note, csv: note },
    ],
  };
}

/**
 * A table built only when first read. Formatting thousands of amounts costs
 * about a second, so the CSV of every 项 is built when someone downloads it,
 * not on every filter change.
 */
export function deferredTable(build: () => TableData): TableData {
  let table: TableData | undefined;
  const get = () => (table ??= build());
  return {
    get columns() {
      return get().columns;
    },
    get rows() {
      return get().rows;
    },
  };
}
