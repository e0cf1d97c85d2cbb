import { useMemo } from 'react';
import { useTranslation } from '@/i18n/react';
import { NotSplitNote } from '@/components/NotSplitNote';
import { SectionFrame } from '@/components/SectionFrame';
import { resolveFilter } from '@/domain/categoryFilter';
import { cohortSchedules } from '@/domain/cohortSchedule';
import { useBudgetModel } from '@/state/budgetContext';
import { useCategoryFilter } from '@/state/viewState';
import { CohortPanel } from './CohortPanel';
import { KeyWorkTimeline } from './KeyWorkTimeline';

/** 重点工作: the year's tasks on a timeline, and any task paid out in batches. */
export function KeyWorkSection({ id }: { id: string }) {
  const { t } = useTranslation('keyWork');
  const budget = useBudgetModel();
  const [filterId] = useCategoryFilter();
  const filtered = resolveFilter(budget, filterId) !== undefined;
  const schedules = useMemo(() => cohortSchedules(budget.keyWork, budget.fiscalYear), [budget.keyWork, budget.fiscalYear]);
  // The same element while the budget and language are the same: a category click changes only the note
  // above, and should not redraw the timeline's Gantt charts and the pay-out panels, which it does not split.
  const body = useMemo(
    () =>
      budget.keyWork.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-paper p-6 text-ink-soft">{t('empty')}</p>
      ) : (
        <>
          <KeyWorkTimeline />
          {schedules.map((schedule, index) => (
            <CohortPanel key={`${index}-${schedule.task.id}`} schedule={schedule} fiscalYear={budget.fiscalYear} />
          ))}
        </>
      ),
    [budget.keyWork.length, budget.fiscalYear, schedules, t],
  );

  return (
    <SectionFrame id={id} title={t('common:section.keyWork')} intro={t('intro')}>
      {filtered ? <NotSplitNote>{t('common:filter.notApplicable')}</NotSplitNote> : null}
      {body}
    </SectionFrame>
  );
}
