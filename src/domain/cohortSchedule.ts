/**
 * Work paid out in batches: a task whose figures are keyed groups (e.g. retirees
 * by retirement year) and whose steps say which groups they cover. The people
 * reached by each month are computed from `covers` and the figures, never typed
 * in, and the groups are checked against the total the document states.
 */
import type { MilestoneModel, TaskFigure, TaskModel } from './model';
import { monthOfPosition, MONTHS_IN_YEAR, parsePeriod } from './period';

/** The figure key that holds the document's own total of the groups. */
export const TOTAL_KEY = 'total';

export interface Cohort extends TaskFigure {
  key: string;
  /** The earliest step that covers this group, if any. */
  paidBy?: MilestoneModel;
  /** Month of the fiscal year (1–12) from which the group counts as paid; > 12 after the year. */
  paidMonth?: number;
}

export interface MonthPaid {
  month: number;
  /** Reached in this month. */
  added: number;
  /** Reached by the end of this month. */
  cumulative: number;
  /** Cumulative share of the reference total, in percent. */
  share?: number;
}

export interface CohortSchedule {
  task: TaskModel;
  cohorts: Cohort[];
  unit: string;
  /** The total the document states (figure keyed "total"), when it states one. */
  statedTotal?: number;
  cohortSum: number;
  coveredSum: number;
  /** Undefined when the document states no total to check against. */
  totalMatches?: boolean;
  uncovered: Cohort[];
  /** Keys a step covers that no figure has. */
  unknownKeys: string[];
  /** Groups whose figures use another unit than the first group's: not added up. */
  mixedUnits: boolean;
  /** The task's steps about these people: those that cover groups or count them. */
  steps: MilestoneModel[];
  monthly: MonthPaid[];
  /** Covered, but paid after the fiscal year or on a date that cannot be read. */
  paidLater: number;
}

/** Adds decimals exactly (figures may be 1.5 as well as 100). */
export function sumExact(values: readonly number[]): number {
  const decimals = Math.max(0, ...values.map((v) => (String(v).split('.')[1] ?? '').length));
  const scale = 10 ** decimals;
  return values.reduce((acc, v) => acc + Math.round(v * scale), 0) / scale;
}

/** Cumulative amounts by each month's end of the year; a month before January counts in January. */
export function paidByMonth(groups: readonly { value: number; month: number | undefined }[], reference: number): MonthPaid[] {
  const monthly: MonthPaid[] = [];
  let cumulative = 0;
  for (let month = 1; month <= MONTHS_IN_YEAR; month += 1) {
    const added = sumExact(groups.filter((g) => g.month !== undefined && (g.month === month || (month === 1 && g.month < 1))).map((g) => g.value));
    cumulative = sumExact([cumulative, added]);
    monthly.push({ month, added, cumulative, ...(reference > 0 ? { share: (cumulative / reference) * 100 } : {}) });
  }
  return monthly;
}

function paidMonth(milestone: MilestoneModel, fiscalYear: number): number | undefined {
  const end = parsePeriod(milestone.end, fiscalYear);
  return end ? monthOfPosition(end.end) : undefined;
}

/** The schedule of a task paid in batches, or undefined when the task is not one. */
export function cohortSchedule(task: TaskModel, fiscalYear: number): CohortSchedule | undefined {
  const keyed = task.figures.filter((f): f is TaskFigure & { key: string } => f.key !== undefined);
  const covering = task.milestones.filter((m) => (m.covers?.length ?? 0) > 0);
  if (keyed.length === 0 || covering.length === 0) return undefined;

  const total = keyed.find((f) => f.key === TOTAL_KEY);
  const cohorts: Cohort[] = keyed
    .filter((f) => f.key !== TOTAL_KEY)
    .map((figure) => {
      const payers = covering
        .map((m) => ({ m, month: paidMonth(m, fiscalYear) }))
        .filter((p) => p.m.covers?.includes(figure.key))
        .sort((a, b) => (a.month ?? Infinity) - (b.month ?? Infinity));
      const first = payers[0];
      return { ...figure, ...(first ? { paidBy: first.m } : {}), ...(first?.month !== undefined ? { paidMonth: first.month } : {}) };
    });
  const unit = cohorts[0]?.unit ?? total?.unit ?? '';
  const mixedUnits = cohorts.some((c) => c.unit !== unit) || (total !== undefined && total.unit !== unit);
  const covered = cohorts.filter((c) => c.paidBy);
  const cohortSum = sumExact(cohorts.map((c) => c.value));
  const coveredSum = sumExact(covered.map((c) => c.value));
  const reference = total?.value ?? cohortSum;
  const known = new Set(cohorts.map((c) => c.key));

  const monthly = paidByMonth(
    covered.map((c) => ({ value: c.value, month: c.paidMonth })),
    reference,
  );

  return {
    task,
    cohorts,
    unit,
    ...(total ? { statedTotal: total.value, totalMatches: !mixedUnits && coveredSum === total.value } : {}),
    cohortSum,
    coveredSum,
    uncovered: cohorts.filter((c) => !c.paidBy),
    unknownKeys: [...new Set(covering.flatMap((m) => m.covers ?? []).filter((k) => !known.has(k)))],
    mixedUnits,
    steps: task.milestones.filter((m) => (m.covers?.length ?? 0) > 0 || m.quantity !== undefined),
    monthly: mixedUnits ? [] : monthly,
    paidLater: sumExact(covered.filter((c) => c.paidMonth === undefined || c.paidMonth > MONTHS_IN_YEAR).map((c) => c.value)),
  };
}

export function cohortSchedules(tasks: readonly TaskModel[], fiscalYear: number): CohortSchedule[] {
  return tasks.flatMap((task) => cohortSchedule(task, fiscalYear) ?? []);
}
