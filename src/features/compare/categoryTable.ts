/** The comparison by category as a table (the chart's table view and its CSV). */
import type { TFunction } from '@/i18n/translator';
import type { TableData } from '@/components/table';
import type { ComparedCategory, SideFigures } from '@/domain/compare';
import type { Fen } from '@/domain/money';
import type { Formatter } from '@/i18n/formatter';
import { moneyCell } from './moneyCell';
import type { SideNames } from './sides';

function amountCell(value: Fen | undefined, present: boolean, format: Formatter, t: TFunction<'compare'>) {
  if (!present) return { display: t('absent'), csv: t('absent') };
  const cell = moneyCell(value, format, { unit: false });
  return value === undefined ? { ...cell, csv: format.amount(undefined) } : cell;
}

function percentCell(value: number | undefined, format: Formatter, opts: { signed?: boolean } = {}) {
  return { display: format.percent(value, opts), csv: value === undefined ? '' : Number(value.toFixed(2)) };
}

function sideCells(figures: SideFigures, present: boolean, format: Formatter, t: TFunction<'compare'>) {
  return [
    amountCell(figures.amount, present, format, t),
    present ? percentCell(figures.share, format) : { display: t('absent'), csv: '' },
    amountCell(figures.perPerson, present, format, t),
  ];
}

export function yearsTable(rows: readonly ComparedCategory[], names: SideNames, format: Formatter, t: TFunction<'compare'>): TableData {
  const unit = format.unitLabel;
  return {
    columns: [
      { key: 'name', label: t('columns.name') },
      { key: 'left', label: t('columns.amount', { side: names.left, unit }), numeric: true },
      { key: 'right', label: t('columns.amount', { side: names.right, unit }), numeric: true },
      { key: 'change', label: t('columns.change', { unit }), numeric: true },
      { key: 'growth', label: t('columns.growth'), numeric: true },
      { key: 'status', label: t('columns.status') },
    ],
    rows: rows.map((row) => {
      const status = row.presence === 'both' ? '' : t(`status.${row.presence}`);
      return {
        key: row.id,
        cells: [
          { display: format.name(row), csv: format.name(row) },
          amountCell(row.left.amount, row.presence !== 'rightOnly', format, t),
          amountCell(row.right.amount, row.presence !== 'leftOnly', format, t),
          moneyCell(row.change, format, { signed: true }),
          percentCell(row.growthPct, format, { signed: true }),
          { display: status, csv: status },
        ],
      };
    }),
  };
}

export function unitsTable(rows: readonly ComparedCategory[], names: SideNames, format: Formatter, t: TFunction<'compare'>): TableData {
  const unit = format.unitLabel;
  const sideColumns = (side: string, key: string) => [
    { key: `${key}-amount`, label: t('columns.amount', { side, unit }), numeric: true },
    { key: `${key}-share`, label: t('columns.share', { side }), numeric: true },
    { key: `${key}-per`, label: t('columns.perPerson', { side, unit }), numeric: true },
  ];
  return {
    columns: [
      { key: 'name', label: t('columns.name') },
      ...sideColumns(names.left, 'left'),
      ...sideColumns(names.right, 'right'),
      { key: 'difference', label: t('columns.difference', { left: names.left, right: names.right, unit }), numeric: true },
    ],
    rows: rows.map((row) => ({
      key: row.id,
      cells: [
        { display: format.name(row), csv: format.name(row) },
        ...sideCells(row.left, row.presence !== 'rightOnly', format, t),
        ...sideCells(row.right, row.presence !== 'leftOnly', format, t),
        moneyCell(row.change, format, { signed: true, unit: false }),
      ],
    })),
  };
}
