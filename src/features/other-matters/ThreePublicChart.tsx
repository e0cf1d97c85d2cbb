import { useTranslation } from '@/i18n/react';
import { ChartFrame } from '@/components/ChartFrame';
import { BarChart, type ChartDatum } from '@/components/charts';
import type { ThreePublicRow } from '@/domain/charts/threePublicSpec';
import type { TableData } from '@/components/table';
import type { ThreePublicSpec } from '@/domain/charts/threePublicSpec';
import { fenToDecimalString } from '@/domain/money';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { previousCell, valueText } from './threePublicText';

/** “三公” by kind as bars; the table adds last year and the document's notes. */
export function ThreePublicChart({ spec }: { spec: ThreePublicSpec }) {
  const { t } = useTranslation('other');
  const budget = useBudgetModel();
  const format = useFormat();
  const year = spec.previousYear ?? budget.fiscalYear - 1;
  const title = t('threePublicChart');
  const data: (ChartDatum & { row: ThreePublicRow })[] = spec.rows.map((row) => ({ key: row.key, label: format.name(row), value: row.value, row }));
  const table: TableData = {
    columns: [
      { key: 'kind', label: t('columns.kind') },
      { key: 'amount', label: t('columns.amount', { year: budget.fiscalYear, unit: format.unitLabel }), numeric: true },
      { key: 'previous', label: t('columns.previous', { year }) },
      { key: 'note', label: t('columns.note') },
    ],
    rows: spec.rows.map((row) => {
      const amount = row.value === undefined ? valueText(row, format, t) : format.amountNumber(row.value);
      const previous = previousCell(row.previous, year, format, t);
      return {
        key: row.key,
        cells: [
          { display: format.name(row), csv: format.name(row) },
          { display: amount, csv: row.value === undefined ? amount : fenToDecimalString(row.value, format.unit) },
          { display: previous, csv: previous },
          { display: row.note ?? '', csv: row.note ?? '' },
        ],
      };
    }),
  };
  const height = Math.max(120, data.length * 40);
  return (
    <ChartFrame
      title={title}
      subtitle={t('threePublicSubtitle', { year: budget.fiscalYear, unit: format.unitLabel, total: format.amount(spec.total) })}
      chart={<BarChart id="other-three-public" data={data} valueFormatter={(d) => valueText(d.row, format, t)} ariaLabel={title} height={height} />}
      table={table}
      source={budget.source.title}
      height={height}
    />
  );
}
