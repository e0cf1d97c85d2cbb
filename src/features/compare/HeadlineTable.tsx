import { useTranslation } from '@/i18n/react';
import { DataTable } from '@/components/DataTable';
import type { TableCell, TableData } from '@/components/table';
import type { Comparison } from '@/domain/compare';
import { useFormat } from '@/state/useFormat';
import { moneyCell } from './moneyCell';
import { readsAsYears, type SideNames } from './sides';

const BLANK: TableCell = { display: '', csv: '' };

/** The headline figures on both sides and per person in service, and the difference (for two years, also the growth). */
export function HeadlineTable({ comparison, names }: { comparison: Comparison; names: SideNames }) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const years = readsAsYears(comparison);
  const label = (text: string): TableCell => ({ display: text, csv: text });
  const total = comparison.headline.find((h) => h.key === 'total');
  const table: TableData = {
    columns: [
      { key: 'item', label: t('columns.item') },
      { key: 'left', label: names.left, numeric: true },
      { key: 'right', label: names.right, numeric: true },
      years
        ? { key: 'change', label: t('columns.change', { unit: format.unitLabel }), numeric: true }
        : { key: 'difference', label: t('columns.difference', { left: names.left, right: names.right, unit: format.unitLabel }), numeric: true },
      ...(years ? [{ key: 'growth', label: t('columns.growth'), numeric: true }] : []),
    ],
    rows: [
      ...comparison.headline.map((row) => ({
        key: row.key,
        cells: [
          label(t(`headlineKeys.${row.key}`)),
          moneyCell(row.left.amount, format),
          moneyCell(row.right.amount, format),
          moneyCell(row.change, format, { signed: true }),
          ...(years
            ? [{ display: format.percent(row.growthPct, { signed: true }), csv: row.growthPct === undefined ? '' : Number(row.growthPct.toFixed(2)) }]
            : []),
        ],
      })),
      {
        key: 'people',
        cells: [
          label(t('people')),
          { display: format.count(comparison.people.left), csv: comparison.people.left ?? '' },
          { display: format.count(comparison.people.right), csv: comparison.people.right ?? '' },
          BLANK,
          ...(years ? [BLANK] : []),
        ],
      },
      {
        key: 'per-person',
        cells: [
          label(t('perPersonTotal')),
          moneyCell(total?.left.perPerson, format),
          moneyCell(total?.right.perPerson, format),
          BLANK,
          ...(years ? [BLANK] : []),
        ],
      },
    ],
  };
  return (
    <div className="rounded-lg border border-line bg-paper p-4 shadow-sm">
      <h3 className="mb-2 text-lg font-semibold">{t('headline')}</h3>
      {/* Figures and short labels stay on one line; a narrow screen scrolls the table instead. */}
      <div className="[&_td]:whitespace-nowrap [&_th]:whitespace-nowrap">
        <DataTable table={table} caption={t('headline')} />
      </div>
    </div>
  );
}
