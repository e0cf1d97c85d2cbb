import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '@/components/ChartFrame';
import { timelinePage } from '@/domain/charts/keyWorkSpecs';
import { timelineCounts, timelineRows } from '@/domain/timeline';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { TimelineChart } from './TimelineChart';
import { timelineTable } from './timelineTable';

/** The year's key work on one axis, with its table view and CSV. */
export function KeyWorkTimeline() {
  const { t } = useTranslation('keyWork');
  const budget = useBudgetModel();
  const format = useFormat();
  const [page, setPage] = useState(0);
  const year = budget.fiscalYear;
  const rows = useMemo(() => timelineRows(budget.keyWork, year), [budget.keyWork, year]);
  const table = useMemo(() => timelineTable(rows, format, t, year), [rows, format, t, year]);
  const counts = timelineCounts(rows);
  const title = t('timeline.title', { year });

  return (
    <ChartFrame
      title={title}
      subtitle={t('timeline.subtitle', { year, tasks: format.count(counts.tasks), milestones: format.count(counts.milestones) })}
      chart={<TimelineChart page={timelinePage(rows, page)} fiscalYear={year} onPage={setPage} />}
      table={table}
      source={budget.source.title}
      note={t('timeline.note')}
      height={160}
    />
  );
}
