/**
 * What has been paid in a batch pay-out according to the statuses the user
 * recorded, beside the plan: a group counts as paid from the month its first
 * covering step was marked done (the recorded date, else the step's planned
 * month). Nothing recorded means nothing to draw, never "nobody was paid".
 */
import { paidByMonth, type CohortSchedule, type MonthPaid } from './cohortSchedule';
import { recordedStatus, type StatusMap } from './milestoneStatus';
import { monthOfPosition, parsePeriod } from './period';

/** Cumulative amounts paid by each month's end as recorded; undefined when no covering step is marked done. */
export function recordedPayments(schedule: CohortSchedule, statuses: StatusMap, fiscalYear: number): MonthPaid[] | undefined {
  const paidFrom = new Map<string, number>();
  let anyDone = false;
  for (const step of schedule.task.milestones) {
    const status = recordedStatus(statuses, step.id);
    if (status?.status !== 'done' || (step.covers?.length ?? 0) === 0) continue;
    anyDone = true;
    const at = parsePeriod(status.date ?? step.end, fiscalYear);
    if (!at) continue;
    const month = monthOfPosition(at.end);
    for (const key of step.covers ?? []) paidFrom.set(key, Math.min(paidFrom.get(key) ?? Infinity, month));
  }
  if (!anyDone || schedule.mixedUnits) return undefined;
  const groups = schedule.cohorts.map((c) => ({ value: c.value, month: paidFrom.get(c.key) }));
  return paidByMonth(groups, schedule.statedTotal ?? schedule.cohortSum);
}
