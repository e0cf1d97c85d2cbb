import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '@/components/SectionFrame';
import { OverviewKpis } from './OverviewKpis';

/**
 * The charts (and the chart frame, table and export code they share with every
 * section) are their own chunk, requested as soon as the page starts so it arrives
 * alongside the budget: the KPI tiles never wait for chart code.
 */
let LoadedCharts: (() => ReactNode) | undefined;
const charts = import('./OverviewCharts').then((m) => {
  LoadedCharts = m.OverviewCharts;
  return { default: m.OverviewCharts };
});
const LazyCharts = lazy(() => charts);

export function OverviewSection({ id }: { id: string }) {
  const { t } = useTranslation('overview');
  return (
    <SectionFrame id={id} title={t('common:section.overview')} intro={t('intro')}>
      <OverviewKpis />
      {/* Normally the chunk is in before the budget, and the charts are drawn with the tiles in one frame. */}
      {LoadedCharts ? (
        <LoadedCharts />
      ) : (
        <Suspense fallback={<div aria-hidden="true" className="mt-4 min-h-[26rem] rounded-lg bg-paper" />}>
          <LazyCharts />
        </Suspense>
      )}
    </SectionFrame>
  );
}
