import { useTranslation } from '@/i18n/react';
import { SectionFrame } from '@/components/SectionFrame';
import { hasCounts, staffingSpec } from '@/domain/charts/staffingSpec';
import { useBudgetModel } from '@/state/budgetContext';
import { StaffingByKind } from './StaffingByKind';
import { StaffingChart } from './StaffingChart';
import { StaffingKpis } from './StaffingKpis';

/** Posts, people and retirees; the budget and personnel cost per person in service. */
export function StaffingSection({ id }: { id: string }) {
  const { t } = useTranslation('staffing');
  const budget = useBudgetModel();
  const spec = staffingSpec(budget);
  return (
    <SectionFrame id={id} title={t('common:section.staffing')} intro={t('intro')}>
      {hasCounts(spec) ? (
        <>
          <StaffingKpis />
          <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <StaffingChart spec={spec} />
            <StaffingByKind />
          </div>
        </>
      ) : (
        <p className="rounded-lg border border-line bg-paper p-4 text-ink-soft">{t('empty')}</p>
      )}
    </SectionFrame>
  );
}
