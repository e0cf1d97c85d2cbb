import { useMemo } from 'react';
import { useTranslation } from '@/i18n/react';
import { NotSplitNote } from '@/components/NotSplitNote';
import { SectionFrame } from '@/components/SectionFrame';
import { resolveFilter } from '@/domain/categoryFilter';
import { threePublicSpec } from '@/domain/charts/threePublicSpec';
import { useBudgetModel } from '@/state/budgetContext';
import { useCategoryFilter } from '@/state/viewState';
import { AssetsCard } from './AssetsCard';
import { FundsCard } from './FundsCard';
import { OperatingExpenses } from './OperatingExpenses';
import { ThreePublicChart } from './ThreePublicChart';
import { ThreePublicDetails } from './ThreePublicDetails';

/** 其他重要事项: “三公”, 机关运行经费, funds, procurement and assets. The category filter does not split these. */
export function OtherMattersSection({ id }: { id: string }) {
  const { t } = useTranslation('other');
  const budget = useBudgetModel();
  const [filterId] = useCategoryFilter();
  // The same element while the budget is the same: a category click changes only the note above, and
  // should not redraw charts the filter does not split.
  const cards = useMemo(() => {
    const threePublic = threePublicSpec(budget);
    return (
      <div className="grid gap-4 lg:grid-cols-2">
        {threePublic ? (
          <div className="flex flex-col gap-3">
            <ThreePublicChart spec={threePublic} />
            <ThreePublicDetails spec={threePublic} />
          </div>
        ) : null}
        <OperatingExpenses />
        <FundsCard />
        <AssetsCard />
      </div>
    );
  }, [budget]);
  return (
    <SectionFrame id={id} title={t('common:section.other')} intro={t('intro')}>
      {resolveFilter(budget, filterId) ? <NotSplitNote>{t('common:filter.notApplicable')}</NotSplitNote> : null}
      {cards}
    </SectionFrame>
  );
}
