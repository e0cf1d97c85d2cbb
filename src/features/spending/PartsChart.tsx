import { useMemo } from 'react';
import { useTranslation } from '@/i18n/react';
import { ChartFrame } from '@/components/ChartFrame';
import { DonutChart } from '@/components/charts';
import { amountFormatter, shareFormatter, specToChartData, specToTable } from '@/components/specView';
import type { AmountSpec } from '@/domain/charts/spec';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useCategoryFilter } from '@/state/viewState';
import { PartsLegend } from './PartsLegend';

interface PartsChartProps {
  id: string;
  spec: AmountSpec;
  title: string;
  subtitle: string;
}

const HEIGHT = 180;

/** Two parts of a whole: a donut with a legend beside it (a part stated as 0 is listed, not drawn). */
export function PartsChart({ id, spec, title, subtitle }: PartsChartProps) {
  const { t } = useTranslation('spending');
  // specToTable's column labels live in the common namespace.
  const { t: tCommon } = useTranslation();
  const budget = useBudgetModel();
  const format = useFormat();
  const [filterId] = useCategoryFilter();
  const data = useMemo(() => specToChartData(spec, format), [spec, format]);
  const drawable = data.some((d) => d.value !== undefined && d.value > 0);
  // The same element while the data is the same: a filter change elsewhere in the
  // URL does not make Recharts redraw a split that does not depend on it.
  const donut = useMemo(() => {
    const values = amountFormatter(format);
    return drawable ? (
      <DonutChart id={id} data={data} valueFormatter={values} labelFormatter={shareFormatter(format)} ariaLabel={format.labelled(title, format.list(data.map((d) => `${d.label} ${values(d)}`)))} height={HEIGHT} />
    ) : (
      <p className="flex items-center justify-center text-sm text-ink-soft" style={{ height: HEIGHT }}>
        {t('parts.nothingToDraw')}
      </p>
    );
  }, [id, data, drawable, title, t, format]);

  const chart = (
    <div className="grid items-center gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)]">
      {donut}
      <PartsLegend rows={spec.rows} format={format} glossary={budget.glossary} />
    </div>
  );

  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      chart={chart}
      table={specToTable(spec.rows, format, tCommon)}
      source={budget.source.title}
      note={filterId ? t('parts.notByCategory') : undefined}
      height={HEIGHT}
    />
  );
}
