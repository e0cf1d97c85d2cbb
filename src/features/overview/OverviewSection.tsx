import { SectionFrame } from '@/components/SectionFrame';
import { useTranslation } from '@/i18n/react';
import { OverviewCharts } from './OverviewCharts';
import { OverviewKpis } from './OverviewKpis';

/**
 * The first screen. Its charts (and the chart frame, table and export code they share
 * with every section) ship with the page: they are drawn in the same frame as the
 * KPI tiles, with no second request or render round before the first chart.
 */
export function OverviewSection({ id }: { id: string }) {
  const { t } = useTranslation('overview');
  return (
    <SectionFrame id={id} title={t('common:section.overview')} intro={t('intro')}>
      <OverviewKpis />
      <OverviewCharts />
    </SectionFrame>
  );
}
