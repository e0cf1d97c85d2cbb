/**
 * Key work on a January–December axis: each dated step becomes a range (a bar
 * from start to end), a point (a deadline at the end of its period) or
 * recurring work (one tick per month or quarter). Steps the axis cannot show
 * truthfully (undatable, start after end, outside the year) keep a problem
 * instead of a mark, so the screen can say why rather than draw something wrong.
 */
import type { MilestoneModel, TaskModel } from './model';
import { MONTHS_IN_YEAR, parsePeriod, type Period } from './period';

export type MarkKind = 'range' | 'point' | 'recurring';
export type MarkProblem = 'unparseable' | 'start-after-end' | 'outside-year';

export interface TimelineMark {
  milestone: MilestoneModel;
  kind: MarkKind;
  start?: Period;
  end?: Period;
  /** Drawn extent on the axis, clipped to [0, 12]; equal for a point. */
  from: number;
  to: number;
  /** True when the step reaches past the year's start or end (drawn with an open edge). */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** Recurring work: the middle of each occurrence inside the year. */
  ticks: number[];
  /** Recurring work: occurrences over the whole span, inside the year or not. */
  occurrences: number;
  problem?: MarkProblem;
}

export interface TimelineRow {
  task: TaskModel;
  marks: TimelineMark[];
  /** The task states no dated step at all. */
  undated: boolean;
}

const STEP: Record<NonNullable<MilestoneModel['recurrence']>, number> = { monthly: 1, quarterly: 3 };

function clip(from: number, to: number) {
  const lo = Math.max(0, from);
  const hi = Math.min(MONTHS_IN_YEAR, to);
  return { from: lo, to: hi, clippedStart: from < 0, clippedEnd: to > MONTHS_IN_YEAR };
}

/** Calendar-aligned occurrences (months, or quarters Jan/Apr/Jul/Oct) over [from, to). */
function occurrences(from: number, to: number, step: number) {
  const first = Math.floor(from / step);
  const last = Math.ceil(to / step) - 1;
  const ticks: number[] = [];
  for (let k = Math.max(first, 0); k <= Math.min(last, MONTHS_IN_YEAR / step - 1); k += 1) ticks.push((k + 0.5) * step);
  return { ticks, count: Math.max(0, last - first + 1) };
}

function unparseable(milestone: MilestoneModel, kind: MarkKind): TimelineMark {
  return { milestone, kind, from: 0, to: 0, clippedStart: false, clippedEnd: false, ticks: [], occurrences: 0, problem: 'unparseable' };
}

/** Classifies one dated step and places it on the fiscal year's axis. */
export function classifyMilestone(milestone: MilestoneModel, fiscalYear: number): TimelineMark {
  const kind: MarkKind = milestone.recurrence ? 'recurring' : milestone.start !== undefined ? 'range' : 'point';
  const end = parsePeriod(milestone.end, fiscalYear);
  const start = milestone.start !== undefined ? parsePeriod(milestone.start, fiscalYear) : undefined;
  if (!end || (milestone.start !== undefined && !start)) return unparseable(milestone, kind);
  const base = { milestone, kind, end, ...(start ? { start } : {}), ticks: [] as number[], occurrences: 0 };

  if (start && start.start >= end.end) {
    return { ...base, from: 0, to: 0, clippedStart: false, clippedEnd: false, problem: 'start-after-end' };
  }
  if (kind === 'point') {
    const at = end.end;
    const inside = at > 0 && at <= MONTHS_IN_YEAR;
    return { ...base, from: at, to: at, clippedStart: false, clippedEnd: false, ...(inside ? {} : { problem: 'outside-year' as const }) };
  }
  // Recurring work without a start runs from the year's start (每月 = every month of the year).
  const spanStart = start ? start.start : Math.min(0, end.start);
  const span = clip(spanStart, end.end);
  const outside = span.to <= span.from;
  if (kind === 'recurring') {
    const { ticks, count } = occurrences(spanStart, end.end, STEP[milestone.recurrence ?? 'monthly']);
    return { ...base, ...span, ticks, occurrences: count, ...(outside ? { problem: 'outside-year' as const } : {}) };
  }
  return { ...base, ...span, ...(outside ? { problem: 'outside-year' as const } : {}) };
}

/** True when the mark has something to draw on the axis. */
export function isDrawn(mark: TimelineMark): boolean {
  return mark.problem === undefined;
}

/** One row per task, in the document's order; steps in their stated order. */
export function timelineRows(tasks: readonly TaskModel[], fiscalYear: number): TimelineRow[] {
  return tasks.map((task) => ({ task, marks: task.milestones.map((m) => classifyMilestone(m, fiscalYear)), undated: task.milestones.length === 0 }));
}

export interface TimelineCounts {
  tasks: number;
  milestones: number;
  undated: number;
  problems: number;
}

export function timelineCounts(rows: readonly TimelineRow[]): TimelineCounts {
  let milestones = 0;
  let problems = 0;
  for (const row of rows) {
    milestones += row.marks.length;
    problems += row.marks.filter((m) => m.problem).length;
  }
  return { tasks: rows.length, milestones, undated: rows.filter((r) => r.undated).length, problems };
}
