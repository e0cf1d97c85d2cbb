import { useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { recordedStatus } from '@/domain/milestoneStatus';
import type { TimelineMark } from '@/domain/timeline';
import { useFormat } from '@/state/useFormat';
import type { RowProgress } from './rowProgress';
import { StatusControl } from './StatusControl';
import { progressText } from './statusText';

export interface StepText {
  mark: TimelineMark;
  label: string;
  when: string;
}

/** Steps drawn with their controls at once: a task of hundreds opens in a frame, the rest on request. */
export const STEPS_PER_BATCH = 50;

/** An opened task: its summary, then each step with when it is due and its progress controls. */
export function TaskDetails({ summary, steps, progress }: { summary: string; steps: readonly StepText[]; progress: RowProgress }) {
  const { t } = useTranslation('keyWork');
  const format = useFormat();
  const [shown, setShown] = useState(STEPS_PER_BATCH);
  const more = Math.min(STEPS_PER_BATCH, steps.length - shown);
  return (
    <>
      {summary ? <p>{summary}</p> : null}
      <p className="mt-2 font-semibold">{t('timeline.steps')}</p>
      {steps.length === 0 ? (
        <p className="text-ink-soft">{t('timeline.noDates')}</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-2">
          {steps.slice(0, shown).map(({ mark, label, when }, i) => {
            const id = mark.milestone.id;
            const overdue = progress.overdue.has(id);
            return (
              <li key={`${id}-${i}`} className={`rounded border bg-paper p-2 ${overdue ? 'border-2 border-dashed border-bad' : 'border-line'}`}>
                <fieldset className="m-0 min-w-0 border-0 p-0">
                  <legend className="p-0">
                    {label}
                    <span className="text-ink-soft"> · {when}</span>
                    <span className="sr-only">{t('progress.separator')}</span>
                    <span className={`ml-2 text-xs ${overdue ? 'font-semibold text-bad' : 'text-ink-soft'}`}>
                      {overdue ? '⚠ ' : ''}
                      {progressText(recordedStatus(progress.statuses.statuses, id), overdue, format.language, t)}
                    </span>
                  </legend>
                  <StatusControl milestoneId={id} progress={progress.statuses} />
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
      {more > 0 ? (
        <button type="button" onClick={() => setShown(shown + STEPS_PER_BATCH)} className="mt-2 rounded border border-line bg-paper px-3 py-1 hover:bg-canvas">
          {t('timeline.showMoreSteps', { count: format.count(more), shown: format.count(shown), total: format.count(steps.length) })}
        </button>
      ) : null}
    </>
  );
}
