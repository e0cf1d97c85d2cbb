import { useTranslation } from '@/i18n/react';
import { ChartFrame } from '@/components/ChartFrame';
import { BarChart, ChartLegend, DonutChart } from '@/components/charts';
import { amountFormatter, shareFormatter, specToChartData, specToTable } from '@/components/specView';
import { functionalSpec, revenueSpec } from '@/domain/charts/amountSpecs';
import type { AmountSpec } from '@/domain/charts/spec';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useCategoryFilter } from '@/state/viewState';

const DONUT_HEIGHT = 200;

/** Revenue sources and spending by 类, side by side; the 类 chart sets the filter. */
export function OverviewCharts() {
  const { t } = useTranslation('overview');
  const budget = useBudgetModel();
  const format = useFormat();
  const [filterId, setFilter] = useCategoryFilter();
  const revenue = revenueSpec(budget);
  const structure = functionalSpec(budget, filterId);
  const selectKey = (key: string) => {
    const row = structure.rows.find((r) => r.key === key);
    if (row?.filterId) setFilter(row.filterId === filterId ? undefined : row.filterId);
  };
  const values = amountFormatter(format);

  const render = (id: string, spec: AmountSpec, label: string, onSelect?: (key: string) => void) => {
    const data = specToChartData(spec, format);
    const chartProps = { id, data, valueFormatter: values, ariaLabel: label, ...(onSelect ? { onSelect } : {}) };
    if (spec.kind !== 'donut') return <BarChart {...chartProps} height={barsHeight(data.length)} />;
    return (
      <div className="grid items-center gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]">
        <DonutChart {...chartProps} labelFormatter={shareFormatter(format)} height={DONUT_HEIGHT} />
        <ChartLegend data={data} valueFormatter={values} {...(onSelect ? { onSelect, selectHint: t('selectHint') } : {})} />
      </div>
    );
  };

  return (
    <div className="mt-4 grid gap-4 lg:grid-cols-2">
      <ChartFrame
        title={t('revenueChart')}
        subtitle={t('revenueSubtitle', { year: budget.fiscalYear, unit: format.unitLabel })}
        chart={render('overview-revenue', revenue, t('revenueChart'))}
        table={specToTable(revenue.rows, format, t)}
        source={budget.source.title}
        height={DONUT_HEIGHT}
      />
      <ChartFrame
        title={t('structureChart')}
        subtitle={t('structureSubtitle', { unit: format.unitLabel })}
        chart={render('overview-structure', { ...structure, kind: structure.rows.length <= 5 ? 'donut' : 'bar' }, t('structureChart'), selectKey)}
        table={specToTable(structure.rows, format, t, (row) => selectKey(row.key))}
        source={budget.source.title}
        height={DONUT_HEIGHT}
        selectLabel={t('selectHint')}
      />
    </div>
  );
}

function barsHeight(rows: number): number {
  return Math.max(160, rows * 40);
}
