import { useTranslation } from '@/i18n/react';
import { SectionFrame } from '@/components/SectionFrame';
import { DrillChart } from './DrillChart';
import { FilterSummary } from './FilterSummary';
import { ItemTable } from './ItemTable';
import { PartsCharts } from './PartsCharts';

/** Spending: by function with drill-down, every 项 in detail, then basic/project and personnel/public. */
export function SpendingSection({ id }: { id: string }) {
  const { t } = useTranslation('spending');
  return (
    <SectionFrame id={id} title={t('common:section.spending')} intro={t('intro')}>
      <FilterSummary />
      <div className="flex flex-col gap-4">
        <DrillChart />
        <ItemTable />
        <PartsCharts />
      </div>
    </SectionFrame>
  );
}
