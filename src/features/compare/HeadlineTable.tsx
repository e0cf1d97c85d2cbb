import { useTranslation } from '@/i18n/react';
import { DataTable } from '@/components/DataTable';
import type { TableCell, TableData } from '@/components/table';
import type { Comparison } from '@/domain/compare';
import { fenToDecimalString, type Fen } from '@/domain/money';
import { useFormat } from '@/state/useFormat';
import { readsAsYears, type SideNames } from './sides';

const BLANK: TableCell = { display: '', csv: '' };

/** The headline figures on both sides and per person in service; for two years, also the change. */
export function HeadlineTable({ comparison, names }: { comparison: Comparison; names: SideNames }) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const years = readsAsYears(comparison);
  const money = (fen: Fen | undefined): TableCell => ({ display: format.amount(fen), csv: fen === undefined ? '' : fenToDecimalString(fen, format.unit) });
  const label = (text: string): TableCell => ({ display: text, csv: text });
  const total = comparison.headline.find((h) => h.key === 'total');
  const table: TableData = {
    columns: [
      { key: 'item', label: t('columns.item') },
      { key: 'left', label: names.left, numeric: true },
      { key: 'right', label: names.right, numeric: true },
      ...(years
        ? [
            { key: 'change', label: t('columns.change', { unit: format.unitLabel }), numeric: true },
            { key: 'growth', label: t('columns.growth'), numeric: true },
          ]
        : []),
    ],
    rows: [
      ...comparison.headline.map((row) => ({
        key: row.key,
        cells: [
          label(t(`headlineKeys.${row.key}`)),
          money(row.left.amount),
          money(row.right.amount),
          ...(years
            ? [
                { display: format.amount(row.change, { signed: true }), csv: row.change === undefined ? '' : fenToDecimalString(row.change, format.unit) },
                { display: format.percent(row.growthPct, { signed: true }), csv: row.growthPct === undefined ? '' : Number(row.growthPct.toFixed(2)) },
              ]
            : []),
        ],
      })),
      {
        key: 'people',
        cells: [
          label(t('people')),
          { display: format.count(comparison.people.left), csv: comparison.people.left ?? '' },
          { display: format.count(comparison.people.right), csv: comparison.people.right ?? '' },
          ...(years ? [BLANK, BLANK] : []),
        ],
      },
      { key: 'per-person', cells: [label(t('perPersonTotal')), money(total?.left.perPerson), money(total?.right.perPerson), ...(years ? [BLANK, BLANK] : [])] },
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
