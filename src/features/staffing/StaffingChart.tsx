import { useTranslation } from '@/i18n/react';
import { ChartFrame } from '@/components/ChartFrame';
import { ColumnChart, type ChartDatum } from '@/components/charts';
import type { TableData } from '@/components/table';
import type { CountSpec } from '@/domain/charts/staffingSpec';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { peopleText } from './people';

/** Posts and people as bars, labelled directly in 人; the table carries the same rows for the CSV. */
export function StaffingChart({ spec }: { spec: CountSpec }) {
  const { t } = useTranslation('staffing');
  const budget = useBudgetModel();
  const format = useFormat();
  const title = t('chartTitle');
  const data: ChartDatum[] = spec.rows.map((row) => ({ key: row.key, label: format.name(row), value: row.value }));
  const table: TableData = {
    columns: [
      { key: 'name', label: t('common:columns.name') },
      { key: 'count', label: t('columns.count'), numeric: true },
    ],
    rows: spec.rows.map((row) => ({
      key: row.key,
      cells: [
        { display: format.name(row), csv: format.name(row) },
        { display: format.count(row.value), csv: row.value ?? format.count(undefined) },
      ],
    })),
  };
  const height = 220;
  return (
    <ChartFrame
      title={title}
      subtitle={t('chartSubtitle', { year: budget.fiscalYear })}
      chart={<ColumnChart id="staffing-counts" data={data} valueFormatter={(d) => peopleText(d.value, format, t)} ariaLabel={title} height={height} />}
      table={table}
      source={budget.source.title}
      height={height}
    />
  );
}
