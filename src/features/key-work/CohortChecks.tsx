import { useTranslation } from '@/i18n/react';
import type { CohortSchedule } from '@/domain/cohortSchedule';
import { useFormat } from '@/state/useFormat';
import { unitWord } from './cohortTables';
import { figureLabel } from './taskText';

/** Whether the groups add up to the stated total, and what is left unscheduled. */
export function CohortChecks({ schedule, fiscalYear }: { schedule: CohortSchedule; fiscalYear: number }) {
  const { t } = useTranslation('keyWork');
  const format = useFormat();
  const unit = unitWord(schedule.unit, t);
  const amount = (value: number) => `${format.count(value)} ${unit}`;
  const list = (names: string[]) => names.join(format.language === 'en' ? ', ' : '、');
  const covered = schedule.cohorts.filter((c) => c.paidBy);
  const warnings: string[] = [];
  if (schedule.mixedUnits) warnings.push(t('cohort.mixedUnits'));
  else if (schedule.statedTotal !== undefined && !schedule.totalMatches)
    warnings.push(t('cohort.checkBad', { covered: amount(schedule.coveredSum), total: amount(schedule.statedTotal) }));
  if (schedule.uncovered.length > 0) warnings.push(t('cohort.uncovered', { names: list(schedule.uncovered.map((c) => figureLabel(c, format))) }));
  if (schedule.unknownKeys.length > 0) warnings.push(t('cohort.unknown', { keys: list(schedule.unknownKeys) }));
  if (schedule.paidLater > 0) warnings.push(t('cohort.paidLater', { value: amount(schedule.paidLater), year: fiscalYear }));

  return (
    <div className="text-sm">
      {schedule.totalMatches ? (
        <p className="text-good">✓ {t('cohort.checkOk', { parts: covered.map((c) => format.count(c.value)).join(' + '), sum: amount(schedule.coveredSum) })}</p>
      ) : null}
      {schedule.statedTotal === undefined && !schedule.mixedUnits ? <p className="text-ink-soft">{t('cohort.noTotal')}</p> : null}
      {warnings.map((warning) => (
        <p key={warning} className="text-bad">
          ⚠ {warning}
        </p>
      ))}
    </div>
  );
}
