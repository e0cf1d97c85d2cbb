import { useTranslation } from '@/i18n/react';
import { sumExact, type CohortSchedule } from '@/domain/cohortSchedule';
import { useFormat } from '@/state/useFormat';
import { CohortCharts } from './CohortCharts';
import { CohortChecks } from './CohortChecks';
import { unitWord } from './cohortTables';
import { stepLabel, taskTitle } from './taskText';
import { whenOfStep } from './markText';
import { useDisclosure } from './useDisclosure';

/** A task paid out in batches, as a disclosure: total, dated steps, checks and two charts. */
export function CohortPanel({ schedule, fiscalYear }: { schedule: CohortSchedule; fiscalYear: number }) {
  const { t } = useTranslation('keyWork');
  const format = useFormat();
  const { open, id, panelId, buttonProps } = useDisclosure();
  const unit = unitWord(schedule.unit, t);
  const total = schedule.statedTotal ?? schedule.cohortSum;
  const byKey = new Map(schedule.cohorts.map((c) => [c.key, c]));

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-6 rounded-lg border border-line bg-paper shadow-sm">
      <h3 id={`${id}-heading`} className="m-0 text-lg font-semibold">
        <button
          {...buttonProps}
          className="grid w-full grid-cols-[auto_minmax(0,1fr)] items-baseline gap-x-2 gap-y-1 rounded-lg p-4 text-left hover:bg-canvas sm:grid-cols-[auto_minmax(0,1fr)_auto]"
        >
          <span aria-hidden="true" className={`text-sm text-ink-soft transition-transform ${open ? 'rotate-90' : ''}`}>
            ▶
          </span>
          <span>{t('cohort.title', { title: taskTitle(schedule.task, format) })}</span>
          <span className="tabular col-start-2 text-base font-normal text-ink-soft sm:col-start-auto">
            {t(schedule.statedTotal === undefined ? 'cohort.totalComputed' : 'cohort.total')} {format.count(total)} {unit}
          </span>
        </button>
      </h3>
      <div id={panelId} hidden={!open} className="flex flex-col gap-4 border-t border-line p-4">
        {open ? (
          <>
            <div>
              <h4 className="mb-1 font-semibold">{t('cohort.steps')}</h4>
              <ol className="list-decimal pl-5 text-sm leading-relaxed">
                {schedule.steps.map((step, index) => {
                  const covered = (step.covers ?? []).map((key) => byKey.get(key)).filter((c) => c !== undefined);
                  const sum = sumExact(covered.map((c) => c.value));
                  return (
                    <li key={`${index}-${step.id}`}>
                      <span className="font-medium">{whenOfStep(step, fiscalYear, format.language, t)}</span> · {stepLabel(step, format)}
                      {covered.length > 0 ? (
                        <span className="text-ink-soft">
                          {' '}
                          ·{' '}
                          {t('cohort.coversGroups', {
                            names: covered.map((c) => format.name({ name: c.label, nameEn: c.labelEn })).join(format.language === 'en' ? ', ' : '、'),
                            value: `${format.count(sum)} ${unit}`,
                          })}
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            </div>
            <CohortChecks schedule={schedule} fiscalYear={fiscalYear} />
            <CohortCharts schedule={schedule} />
          </>
        ) : null}
      </div>
    </section>
  );
}
