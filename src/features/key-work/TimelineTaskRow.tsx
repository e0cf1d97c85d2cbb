import { memo } from 'react';
import { useTranslation } from '@/i18n/react';
import { GanttChart, GanttPlaceholder } from '@/components/charts/gantt/GanttChart';
import { STACKED_LANE, TWO_LINE_LANE } from '@/components/charts/gantt/LaneMarks';
import { recordedStatus } from '@/domain/milestoneStatus';
import type { TimelineRow } from '@/domain/timeline';
import { useFormat } from '@/state/useFormat';
import { problemText, whenText } from './markText';
import { laneStatus, type RowProgress } from './rowProgress';
import { progressText } from './statusText';
import { TaskDetails } from './TaskDetails';
import { taskLanes } from './taskLanes';
import { useDisclosure } from './useDisclosure';
import { stepLabel, taskSummary, taskTitle } from './taskText';

/** Pixels per step: room for a 12 px label beside its mark, or above it when the mark fills the year. */
const LANE_HEIGHT = 24;

/** Steps read out per closed row: a row stays a few dozen elements, its details list the rest. */
const MAX_SPOKEN = 50;

/**
 * Task names sit in an HTML column beside each row's chart rather than in the chart's
 * y axis: SVG text does not wrap a long Chinese name, and the name is the button that
 * opens the task. Each row's chart is as tall as its lanes, so the two stay aligned.
 */
export const ROW_GRID = 'grid grid-cols-1 gap-x-4 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)] lg:grid-cols-[minmax(0,17rem)_minmax(0,1fr)]';

interface TimelineTaskRowProps {
  row: TimelineRow;
  number: number;
  fiscalYear: number;
  progress: RowProgress;
  /** False while the rows above are still being drawn: a blank box of the chart's size holds its place. */
  drawChart: boolean;
}

/**
 * One task: its title opens its summary and schedule; its steps sit on the year's axis. Memoised, so a
 * slice of charts arriving re-renders the rows it draws, not the page's rows whose charts are already drawn.
 */
export const TimelineTaskRow = memo(function TimelineTaskRow({ row, number, fiscalYear, progress, drawChart }: TimelineTaskRowProps) {
  const { t } = useTranslation('keyWork');
  const format = useFormat();
  const { open, panelId, toggle, buttonProps } = useDisclosure();
  const title = taskTitle(row.task, format);
  const summary = taskSummary(row.task, format);
  const steps = row.marks.map((mark) => ({ mark, label: stepLabel(mark.milestone, format), when: whenText(mark, format.language, t, fiscalYear) }));
  const statusWords = (milestoneId: string) =>
    progressText(recordedStatus(progress.statuses.statuses, milestoneId), progress.overdue.has(milestoneId), format.language, t);
  const lanes = taskLanes(
    steps.map(({ mark, label, when }) => ({
      mark,
      label,
      problem: problemText(mark, t, fiscalYear),
      status: laneStatus(mark.milestone.id, progress, t),
      tooltip: `${label} · ${when} · ${statusWords(mark.milestone.id)}`,
    })),
    t,
  );
  const chartId = `key-work-${row.task.id}`;
  const laneHeight = lanes.some((lane) => lane.labelAnchor === 'over') ? TWO_LINE_LANE : LANE_HEIGHT;

  return (
    <li className={`${ROW_GRID} border-b border-line py-2`}>
      <button {...buttonProps} className="flex min-w-0 items-start gap-1.5 rounded text-left font-medium hover:text-accent-strong">
        <span aria-hidden="true" className={`mt-0.5 text-xs text-ink-soft transition-transform ${open ? 'rotate-90' : ''}`}>
          ▶
        </span>
        {/* The list already numbers the items for screen readers; the name stays the title. */}
        <span aria-hidden="true" className="tabular text-ink-soft">
          {number}.
        </span>
        <span>{title}</span>
      </button>
      <div className="mt-1 border-x border-line sm:mt-0">
        {row.undated ? (
          <p className="m-0.5 rounded border border-dashed border-ink-soft/60 bg-paper/80 px-2 text-xs italic leading-5 text-ink-soft">
            {t('timeline.noDates')}
          </p>
        ) : (
          <>
            {drawChart ? (
              <GanttChart
                chartId={chartId}
                lanes={lanes}
                laneHeight={laneHeight}
                asOf={progress.asOfAt}
                onLaneClick={toggle}
                stackedLaneHeight={STACKED_LANE}
              />
            ) : (
              <GanttPlaceholder chartId={chartId} lanes={lanes} laneHeight={laneHeight} />
            )}
            {open ? null : (
              <ul className="sr-only">
                {steps.slice(0, MAX_SPOKEN).map(({ mark, label, when }, i) => (
                  <li key={`${mark.milestone.id}-${i}`}>{format.labelled(label, `${when}${t('progress.separator')}${statusWords(mark.milestone.id)}`)}</li>
                ))}
                {steps.length > MAX_SPOKEN ? <li>{t('timeline.moreSteps', { count: format.count(steps.length - MAX_SPOKEN) })}</li> : null}
              </ul>
            )}
          </>
        )}
      </div>
      <div id={panelId} hidden={!open} className="mt-2 rounded bg-canvas p-3 text-sm leading-relaxed sm:col-span-2">
        {open ? <TaskDetails summary={summary} steps={steps} progress={progress} /> : null}
      </div>
    </li>
  );
});
