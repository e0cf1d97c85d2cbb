import { useTranslation } from 'react-i18next';
import { SectionFrame } from '@/components/SectionFrame';
import { OverviewCharts } from './OverviewCharts';
import { OverviewKpis } from './OverviewKpis';

export function OverviewSection({ id }: { id: string }) {
  const { t } = useTranslation('overview');
  return (
    <SectionFrame id={id} title={t('common:section.overview')} intro={t('intro')}>
      <OverviewKpis />
      <OverviewCharts />
    </SectionFrame>
  );
}
