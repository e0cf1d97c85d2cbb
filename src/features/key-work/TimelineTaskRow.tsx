import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { axisPercent } from '@/domain/charts/keyWorkSpecs';
import { recordedStatus } from '@/domain/milestoneStatus';
import { MONTHS_IN_YEAR } from '@/domain/period';
import type { TimelineRow } from '@/domain/timeline';
import { useFormat } from '@/state/useFormat';
import { MarkLane } from './MarkLane';
import { AsOfLine } from './MarkShapes';
import { problemText, whenText } from './markText';
import { laneStatus, type RowProgress } from './rowProgress';
import { progressText } from './statusText';
import { TaskDetails } from './TaskDetails';
import { stepLabel, taskSummary, taskTitle } from './taskText';

/** Lanes drawn per task; a task with more steps lists the rest in its details and the table. */
const MAX_LANES = 6;

/** Steps read out per closed row: a row stays a few dozen elements, its details list the rest. */
const MAX_SPOKEN = 50;

export const ROW_GRID = 'grid grid-cols-1 gap-x-4 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)] lg:grid-cols-[minmax(0,17rem)_minmax(0,1fr)]';

/** Month gridlines drawn as one background, so a row costs no extra elements. */
export const GRIDLINES = {
  backgroundImage: 'linear-gradient(to right, var(--color-line) 1px, transparent 1px)',
  backgroundSize: 'calc(100% / 12) 100%',
} as const;

/** One task: its title opens its summary and schedule; its steps sit on the year's axis. */
export function TimelineTaskRow({ row, number, fiscalYear, progress }: { row: TimelineRow; number: number; fiscalYear: number; progress: RowProgress }) {
  const { t } = useTranslation('keyWork');
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const id = useId();
  const title = taskTitle(row.task, format);
  const summary = taskSummary(row.task, format);
  const steps = row.marks.map((mark) => ({ mark, label: stepLabel(mark.milestone, format), when: whenText(mark, format.language, t, fiscalYear) }));
  const statusWords = (milestoneId: string) =>
    progressText(recordedStatus(progress.statuses.statuses, milestoneId), progress.overdue.has(milestoneId), format.language, t);
  const asOf = progress.asOfAt > 0 && progress.asOfAt < MONTHS_IN_YEAR ? <AsOfLine left={`${axisPercent(progress.asOfAt)}%`} /> : null;
  const hidden = row.marks.length - MAX_LANES;

  return (
    <li className={`${ROW_GRID} border-b border-line py-2`}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-details`}
        onClick={() => setOpen(!open)}
        className="flex min-w-0 items-start gap-1.5 rounded text-left font-medium hover:text-accent-strong"
      >
        <span aria-hidden="true" className={`mt-0.5 text-xs text-ink-soft transition-transform ${open ? 'rotate-90' : ''}`}>
          ▶
        </span>
        {/* The list already numbers the items for screen readers; the name stays the title. */}
        <span aria-hidden="true" className="tabular text-ink-soft">
          {number}.
        </span>
        <span>{title}</span>
      </button>
      <div className="relative mt-1 border-r border-line sm:mt-0" style={GRIDLINES}>
        {asOf}
        {row.undated ? (
          <p className="m-0.5 rounded border border-dashed border-ink-soft/60 bg-paper/80 px-2 text-xs italic leading-5 text-ink-soft">
            {t('timeline.noDates')}
          </p>
        ) : (
          <>
            <div aria-hidden="true">
              {steps.slice(0, MAX_LANES).map(({ mark, label }, i) => (
                <MarkLane
                  key={`${mark.milestone.id}-${i}`}
                  mark={mark}
                  label={label}
                  problem={problemText(mark, t, fiscalYear)}
                  status={laneStatus(mark.milestone.id, progress, t)}
                />
              ))}
              {hidden > 0 ? <p className="px-1 text-xs text-ink-soft">{t('timeline.moreSteps', { count: hidden })}</p> : null}
            </div>
            {open ? null : (
              <ul className="sr-only">
                {steps.slice(0, MAX_SPOKEN).map(({ mark, label, when }, i) => (
                  <li
                    key={`${mark.milestone.id}-${i}`}
                  >{format.labelled(label, `${when}${t('progress.separator')}${statusWords(mark.milestone.id)}`)}</li>
                ))}
                {steps.length > MAX_SPOKEN ? <li>{t('timeline.moreSteps', { count: format.count(steps.length - MAX_SPOKEN) })}</li> : null}
              </ul>
            )}
          </>
        )}
      </div>
      <div id={`${id}-details`} hidden={!open} className="mt-2 rounded bg-canvas p-3 text-sm leading-relaxed sm:col-span-2">
        {open ? <TaskDetails summary={summary} steps={steps} progress={progress} /> : null}
      </div>
    </li>
  );
}
