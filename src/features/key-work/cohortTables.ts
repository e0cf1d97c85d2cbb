/** Table views (and CSVs) of a batch pay-out: people per group, and paid so far by month. */
import type { TFunction } from '@/i18n/translator';
import type { TableData } from '@/components/table';
import type { CohortSchedule, MonthPaid } from '@/domain/cohortSchedule';
import type { Formatter } from '@/i18n/formatter';
import { figureLabel, stepLabel } from './taskText';

export function unitWord(unit: string, t: TFunction<'keyWork'>): string {
  return unit.includes('.') ? unit : t(`units.${unit}`, { defaultValue: unit });
}

export function groupsTable(schedule: CohortSchedule, format: Formatter, t: TFunction<'keyWork'>, months: readonly string[]): TableData {
  const unit = unitWord(schedule.unit, t);
  return {
    columns: [
      { key: 'group', label: t('cohort.columns.group') },
      { key: 'value', label: t('cohort.columns.value', { unit }), numeric: true },
      { key: 'paidIn', label: t('cohort.columns.paidIn') },
      { key: 'step', label: t('cohort.columns.step') },
    ],
    rows: schedule.cohorts.map((cohort, index) => {
      const month = cohort.paidMonth !== undefined && cohort.paidMonth <= 12 ? months[cohort.paidMonth - 1] : undefined;
      const paidIn = cohort.paidBy ? (month ?? cohort.paidBy.end) : t('cohort.notPaid');
      const step = cohort.paidBy ? stepLabel(cohort.paidBy, format) : '';
      const group = figureLabel(cohort, format);
      return {
        key: `${index}-${cohort.key}`,
        cells: [
          { display: group, csv: group },
          { display: format.count(cohort.value), csv: cohort.value },
          { display: paidIn, csv: paidIn },
          { display: step, csv: step },
        ],
      };
    }),
  };
}

/** The plan by month; with recorded payments, a column of what was paid so far beside it. */
export function cumulativeTable(
  schedule: CohortSchedule,
  format: Formatter,
  t: TFunction<'keyWork'>,
  months: readonly string[],
  recorded?: readonly MonthPaid[],
): TableData {
  const unit = unitWord(schedule.unit, t);
  return {
    columns: [
      { key: 'month', label: t('cohort.columns.month') },
      { key: 'added', label: t('cohort.columns.added', { unit }), numeric: true },
      { key: 'cumulative', label: t('cohort.columns.cumulative', { unit }), numeric: true },
      { key: 'share', label: t('cohort.columns.share'), numeric: true },
      ...(recorded ? [{ key: 'recorded', label: t('cohort.columns.recorded', { unit }), numeric: true }] : []),
    ],
    rows: schedule.monthly.map((m, i) => {
      const month = months[m.month - 1] ?? String(m.month);
      const paid = recorded?.[i];
      return {
        key: String(m.month),
        cells: [
          { display: month, csv: month },
          { display: format.count(m.added), csv: m.added },
          { display: format.count(m.cumulative), csv: m.cumulative },
          { display: format.percent(m.share), csv: m.share === undefined ? '' : Number(m.share.toFixed(2)) },
          ...(paid ? [{ display: format.count(paid.cumulative), csv: paid.cumulative }] : []),
        ],
      };
    }),
  };
}
