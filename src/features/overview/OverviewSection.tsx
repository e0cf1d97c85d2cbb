import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '@/components/SectionFrame';
import { OverviewKpis } from './OverviewKpis';

/**
 * The charts (and the chart frame, table and export code they share with every
 * section) are their own chunk, requested as soon as the page starts so it arrives
 * alongside the budget: the KPI tiles never wait for chart code.
 */
const charts = import('./OverviewCharts');
const OverviewCharts = lazy(() => charts.then((m) => ({ default: m.OverviewCharts })));

export function OverviewSection({ id }: { id: string }) {
  const { t } = useTranslation('overview');
  return (
    <SectionFrame id={id} title={t('common:section.overview')} intro={t('intro')}>
      <OverviewKpis />
      <Suspense fallback={<div aria-hidden="true" className="mt-4 min-h-[26rem] rounded-lg bg-paper" />}>
        <OverviewCharts />
      </Suspense>
    </SectionFrame>
  );
}
