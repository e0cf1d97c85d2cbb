/** The detail table's rows and CSV: 项, its 类 › 款, amount, share, purpose. */
import type { TFunction } from '@/i18n/translator';
import type { TableData } from '@/components/table';
import type { ItemRow } from '@/domain/charts/itemRows';
import { fenToDecimalString } from '@/domain/money';
import type { Formatter } from '@/state/useFormat';

export function itemTable(rows: readonly ItemRow[], format: Formatter, t: TFunction): TableData {
  return {
    columns: [
      { key: 'name', label: t('common:columns.name') },
      { key: 'path', label: t('items.path') },
      { key: 'amount', label: t('common:columns.amount', { unit: format.unitLabel }), numeric: true },
      { key: 'share', label: t('common:columns.share'), numeric: true },
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
          { display: format.amountNumber(row.value), csv: row.value === undefined ? format.amount(undefined) : fenToDecimalString(row.value, format.unit) },
          { display: format.percent(row.share), csv: row.share === undefined ? '' : Number(row.share.toFixed(2)) },
          { display: purpose, csv: purpose },
        ],
      };
    }),
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
