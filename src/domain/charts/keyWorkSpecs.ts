/**
 * What the key-work timeline draws and tabulates, as plain data: a page of rows
 * (a large budget has hundreds of tasks; the screen shows one page at a time),
 * where each step's label sits, and the flat list behind the table and CSV.
 */
import type { MilestoneModel, TaskModel } from '../model';
import { MONTHS_IN_YEAR } from '../period';
import type { TimelineMark, TimelineRow } from '../timeline';

export const TIMELINE_PAGE_SIZE = 20;

export interface TimelinePage {
  rows: TimelineRow[];
  /** 0-based page shown (clamped to the pages that exist). */
  page: number;
  pages: number;
  /** 1-based numbers of the first and last row shown, for "1–20 of 200". */
  first: number;
  last: number;
  total: number;
}

export function timelinePage(rows: readonly TimelineRow[], page: number, size: number = TIMELINE_PAGE_SIZE): TimelinePage {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const slice = rows.slice(current * size, (current + 1) * size);
  return { rows: slice, page: current, pages, first: slice.length ? current * size + 1 : 0, last: current * size + slice.length, total: rows.length };
}

export type LabelAnchor = 'after' | 'before' | 'over';

/**
 * Where a step's label fits on its lane: after the mark when the year has room
 * to its right, before it when room is on the left, otherwise over the mark.
 */
export function labelAnchor(mark: TimelineMark): LabelAnchor {
  if (mark.to <= MONTHS_IN_YEAR * 0.6) return 'after';
  if (mark.from >= MONTHS_IN_YEAR * 0.4) return 'before';
  return 'over';
}

/** A position on the axis as a CSS percentage of the year's width. */
export function axisPercent(position: number): number {
  return (Math.min(MONTHS_IN_YEAR, Math.max(0, position)) / MONTHS_IN_YEAR) * 100;
}

export interface TimelineEntry {
  key: string;
  task: TaskModel;
  /** Absent for a task with no dated steps (it still gets a table row). */
  milestone?: MilestoneModel;
  mark?: TimelineMark;
}

/** One entry per step, plus one for every task without steps: the table view and CSV. */
export function timelineEntries(rows: readonly TimelineRow[]): TimelineEntry[] {
  return rows.flatMap((row, r): TimelineEntry[] =>
    row.undated
      ? [{ key: `${r}/${row.task.id}`, task: row.task }]
      : row.marks.map((mark, i) => ({ key: `${r}/${row.task.id}/${mark.milestone.id}/${i}`, task: row.task, milestone: mark.milestone, mark })),
  );
}
