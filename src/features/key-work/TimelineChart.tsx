import { useTranslation } from '@/i18n/react';
import { loadGanttChart } from '@/components/charts/gantt/GanttChart';
import type { TimelinePage } from '@/domain/charts/keyWorkSpecs';
import { useFormat } from '@/state/useFormat';
import { AsOfLabel } from './AsOfLabel';
import { monthNames } from './periodText';
import type { RowProgress } from './rowProgress';
import { TimelineLegend } from './TimelineLegend';
import { ROW_GRID, TimelineTaskRow } from './TimelineTaskRow';
import { useSlices } from './useSlices';

/** Row charts drawn per commit: one Recharts chart takes 20–40 ms to mount here, a page's twenty at once held the page for hundreds of ms. */
const ROWS_PER_SLICE = 1;

interface TimelineChartProps {
  page: TimelinePage;
  fiscalYear: number;
  onPage: (page: number) => void;
  progress: RowProgress;
  /** "截至 2021 年 5 月 10 日", written over the as-of line. */
  asOfLabel: string;
}

/** Tasks as rows on a January–December axis, one page of rows at a time. */
export function TimelineChart({ page, fiscalYear, onPage, progress, asOfLabel }: TimelineChartProps) {
  const { t } = useTranslation('keyWork');
  const format = useFormat();
  const months = monthNames(format.language);
  // The names, numbers and spoken steps of every row arrive at once; the charts follow, a row at a time.
  const charted = useSlices(page.rows.length, ROWS_PER_SLICE, page.rows, loadGanttChart);

  return (
    <div className="flex flex-col gap-3">
      <TimelineLegend />
      <div>
        <div aria-hidden="true" className={`${ROW_GRID} border-b-2 border-line pb-1 text-xs text-ink-soft`}>
          <span className="hidden sm:block" />
          <div className="grid grid-cols-12">
            {months.map((name, i) => (
              <span key={name} className="text-center tabular">
                <span className="sm:hidden">{i + 1}</span>
                <span className="hidden sm:inline">{name}</span>
              </span>
            ))}
          </div>
        </div>
        <AsOfLabel at={progress.asOfAt} label={asOfLabel} />
        <ol className="m-0 list-none p-0">
          {page.rows.map((row, i) => (
            <TimelineTaskRow key={`${page.first + i}-${row.task.id}`} row={row} number={page.first + i} fiscalYear={fiscalYear} progress={progress} drawChart={i < charted} />
          ))}
        </ol>
      </div>
      {page.pages > 1 ? (
        <nav aria-label={t('timeline.pager')} className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <button
            type="button"
            disabled={page.page === 0}
            onClick={() => onPage(page.page - 1)}
            className="rounded border border-line px-3 py-1 hover:bg-canvas disabled:opacity-50"
          >
            {t('timeline.prev')}
          </button>
          <span aria-live="polite" className="tabular text-ink-soft">
            {t('timeline.page', { first: page.first, last: page.last, total: page.total })}
          </span>
          <button
            type="button"
            disabled={page.page >= page.pages - 1}
            onClick={() => onPage(page.page + 1)}
            className="rounded border border-line px-3 py-1 hover:bg-canvas disabled:opacity-50"
          >
            {t('timeline.next')}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
