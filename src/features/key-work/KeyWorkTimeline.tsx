import { startTransition, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { ChartFrame } from '@/components/ChartFrame';
import { timelinePage } from '@/domain/charts/keyWorkSpecs';
import { asOfPosition, milestoneProgress } from '@/domain/milestoneStatus';
import { timelineCounts, timelineRows } from '@/domain/timeline';
import { useBudgetModel } from '@/state/budgetContext';
import { useAsOfDate, useMilestoneStatuses } from '@/state/milestoneState';
import { useFormat } from '@/state/useFormat';
import { ProgressControls } from './ProgressControls';
import { dayText } from './statusText';
import { TimelineChart } from './TimelineChart';
import { timelineTable } from './timelineTable';

/** The year's key work on one axis, with progress as of a day, its table view and CSV. */
export function KeyWorkTimeline() {
  const { t } = useTranslation('keyWork');
  const budget = useBudgetModel();
  const format = useFormat();
  const [page, setPage] = useState(0);
  const year = budget.fiscalYear;
  const asOf = useAsOfDate(year);
  const statuses = useMilestoneStatuses();
  const rows = useMemo(() => timelineRows(budget.keyWork, year), [budget.keyWork, year]);
  const progress = useMemo(() => milestoneProgress(budget.keyWork, statuses.statuses, year, asOf.asOf), [budget.keyWork, statuses.statuses, year, asOf.asOf]);
  const table = useMemo(
    () => timelineTable(rows, format, t, year, { statuses: statuses.statuses, overdue: progress.overdueIds }),
    [rows, format, t, year, statuses.statuses, progress],
  );
  // The same page object while neither the rows nor the page change: the rows' charts are drawn in slices
  // that start over on a new page, not on every render (a status or the as-of day changing).
  const shown = useMemo(() => timelinePage(rows, page), [rows, page]);
  const counts = timelineCounts(rows);
  const title = t('timeline.title', { year });
  const rowProgress = { statuses, overdue: progress.overdueIds, asOfAt: asOfPosition(asOf.asOf, year) ?? 0 };

  return (
    <ChartFrame
      title={title}
      subtitle={t('timeline.subtitle', { year, tasks: format.count(counts.tasks), milestones: format.count(counts.milestones) })}
      controls={<ProgressControls fiscalYear={year} asOf={asOf} progress={progress} statuses={statuses} />}
      chart={
        <TimelineChart
          page={shown}
          fiscalYear={year}
          // A page draws 20 Recharts charts: as a transition the click paints at once and the rows follow.
          onPage={(next) => startTransition(() => setPage(next))}
          progress={rowProgress}
          asOfLabel={t('progress.asOfLine', { date: dayText(asOf.asOf, format.language, t) })}
        />
      }
      table={table}
      source={budget.source.title}
      note={t('timeline.note')}
      height={160}
    />
  );
}
