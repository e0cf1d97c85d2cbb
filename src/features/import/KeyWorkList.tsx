import { useTranslation } from '@/i18n/react';
import type { TFunction } from '@/i18n/translator';
import type { Milestone, Task } from '@/data/budgetSchema';

function period(milestone: Milestone, t: TFunction<'importer'>): string {
  const when = milestone.start ? t('keyWork.period', { start: milestone.start, end: milestone.end }) : milestone.end;
  return milestone.recurrence ? `${when} · ${t(`keyWork.recurrence.${milestone.recurrence}`)}` : when;
}

/** Key work read from the document, read-only: title, the passage it came from, dated steps with their own words. */
export function KeyWorkList({ tasks }: { tasks: readonly Task[] }) {
  const { t } = useTranslation('importer');
  if (tasks.length === 0) return <p>{t('keyWork.none')}</p>;
  return (
    <ol className="space-y-3">
      {tasks.map((task) => (
        <li key={task.id} className="rounded border border-line p-3">
          <p className="font-semibold break-words">{task.title}</p>
          {task.summary ? (
            <blockquote className="mt-1 border-l-4 border-line pl-2 text-sm break-words" aria-label={t('keyWork.source')}>
              {task.summary}
            </blockquote>
          ) : null}
          {task.milestones.length > 0 ? (
            <ul className="mt-2 space-y-1 text-sm">
              {task.milestones.map((milestone) => (
                <li key={milestone.id} className="flex flex-col gap-x-3 sm:flex-row">
                  <span className="shrink-0 font-semibold tabular-nums sm:w-44">{period(milestone, t)}</span>
                  <span className="break-words">{milestone.label}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-ink-soft">{t('keyWork.noMilestones')}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
