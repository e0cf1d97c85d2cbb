import { useTranslation } from '@/i18n/react';
import { ChartFrame } from '@/components/ChartFrame';
import { BarChart, type ChartDatum } from '@/components/charts';
import { recordedPayments } from '@/domain/cohortProgress';
import type { CohortSchedule } from '@/domain/cohortSchedule';
import { useBudgetModel } from '@/state/budgetContext';
import { useMilestoneStatuses } from '@/state/milestoneState';
import { useFormat } from '@/state/useFormat';
import { cumulativeTable, groupsTable, unitWord } from './cohortTables';
import { COLUMNS_HEIGHT, CumulativeColumns } from './CumulativeColumns';
import { monthNames } from './periodText';
import { figureLabel } from './taskText';

/** People per group, and people paid by each month's end, each with its table and CSV. */
export function CohortCharts({ schedule }: { schedule: CohortSchedule }) {
  const { t } = useTranslation('keyWork');
  const budget = useBudgetModel();
  const format = useFormat();
  const months = monthNames(format.language);
  const unit = unitWord(schedule.unit, t);
  const withUnit = (value: number) => `${format.count(value)} ${unit}`;
  const bars: ChartDatum[] = schedule.cohorts.map((c) => ({ key: c.key, label: figureLabel(c, format), value: c.value }));
  const barText = (d: ChartDatum) => (d.value === undefined ? t('common:notStated') : withUnit(d.value));
  const groupsHeight = Math.max(120, bars.length * 44);
  const reference = schedule.statedTotal ?? schedule.cohortSum;
  const groupsTitle = t('cohort.groupsChart');
  const { statuses } = useMilestoneStatuses();
  const recorded = recordedPayments(schedule, statuses, budget.fiscalYear);
  const cumulativeTitle = t(recorded ? 'cohort.cumulativeChartRecorded' : 'cohort.cumulativeChart');
  const ariaValues = schedule.monthly.map((m, i) => {
    const paid = recorded?.[i];
    return `${months[m.month - 1]} ${withUnit(m.cumulative)}${paid ? t('cohort.recordedAria', { value: withUnit(paid.cumulative) }) : ''}`;
  });

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartFrame
        title={groupsTitle}
        subtitle={t('cohort.groupsSubtitle', { unit })}
        chart={
          <BarChart
            id="cohort-groups"
            data={bars}
            valueFormatter={barText}
            ariaLabel={`${groupsTitle}：${bars.map((b) => `${b.label} ${barText(b)}`).join('，')}`}
            height={groupsHeight}
          />
        }
        table={groupsTable(schedule, format, t, months)}
        source={budget.source.title}
        height={groupsHeight}
      />
      {schedule.monthly.length > 0 ? (
        <ChartFrame
          title={cumulativeTitle}
          subtitle={t('cohort.cumulativeSubtitle', { year: budget.fiscalYear, unit })}
          chart={
            <CumulativeColumns
              id="cohort-cumulative"
              monthly={schedule.monthly}
              recorded={recorded}
              seriesLabels={{ plan: t('cohort.planSeries'), recorded: t('cohort.recordedSeries') }}
              reference={reference}
              referenceLabel={`${t(schedule.statedTotal === undefined ? 'cohort.totalComputed' : 'cohort.total')} ${withUnit(reference)}`}
              months={months}
              valueFormatter={format.count}
              ariaLabel={t('cohort.cumulativeAria', { values: ariaValues.join(t('cohort.listSeparator')) })}
            />
          }
          table={cumulativeTable(schedule, format, t, months, recorded)}
          source={budget.source.title}
          height={COLUMNS_HEIGHT + 20}
        />
      ) : null}
    </div>
  );
}
