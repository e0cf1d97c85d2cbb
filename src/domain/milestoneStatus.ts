/**
 * Progress on key-work milestones as the user records it (status, a date, a note),
 * and what is overdue "as of" a day: a step whose end period has passed by the
 * start of that day and someone recorded it as not done. The figures come from the
 * budget file; the statuses come from the user and are rarely complete: a step with
 * no record is "not reported", neither on time nor late, and counted apart, so a
 * plan nobody has reported on is shown as the plan rather than as a wall of delays.
 */
import type { MilestoneModel, TaskModel } from './model';
import { MONTHS_IN_YEAR, parsePeriod } from './period';

export const STATUS_KINDS = ['not-started', 'in-progress', 'done', 'delayed'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

export interface MilestoneStatus {
  status: StatusKind;
  /** A calendar day (YYYY-MM-DD) the user attaches: when it was done, or the new expected date. */
  date?: string;
  note?: string;
}

/** Recorded statuses of one dataset, by milestone id. */
export type StatusMap = Readonly<Record<string, MilestoneStatus>>;

export const NOT_STARTED: MilestoneStatus = { status: 'not-started' };

/** The status a form shows for a step: its record, or "not started" for a step not yet reported. */
export function statusOf(statuses: StatusMap, milestoneId: string): MilestoneStatus {
  return recordedStatus(statuses, milestoneId) ?? NOT_STARTED;
}

/** What the user recorded for a step; undefined when nothing is (not reported). */
export function recordedStatus(statuses: StatusMap, milestoneId: string): MilestoneStatus | undefined {
  return Object.hasOwn(statuses, milestoneId) ? statuses[milestoneId] : undefined;
}

/** True when two records say exactly the same (an empty note or date is the same as none). */
export function sameStatus(a: MilestoneStatus | undefined, b: MilestoneStatus | undefined): boolean {
  if (!a || !b) return a === b;
  return a.status === b.status && (a.date ?? '') === (b.date ?? '') && (a.note ?? '') === (b.note ?? '');
}

/** Drops an empty date or note, so "cleared" and "never set" store the same way. */
export function normalizeStatus(status: MilestoneStatus): MilestoneStatus {
  return { status: status.status, ...(status.date ? { date: status.date } : {}), ...(status.note ? { note: status.note } : {}) };
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Where the start of a day (YYYY-MM-DD) falls on the fiscal year's axis; undefined when it is not a day. */
export function asOfPosition(asOf: string, fiscalYear: number): number | undefined {
  return ISO_DAY.test(asOf) ? parsePeriod(asOf, fiscalYear)?.start : undefined;
}

/**
 * The as-of day kept inside the fiscal year, for display: looking at 2021's plan
 * in 2026 shows it as of 31 December 2021, and before the year starts as of 1 January.
 */
export function clampAsOf(asOf: string, fiscalYear: number): string {
  const position = asOfPosition(asOf, fiscalYear);
  if (position === undefined || position >= MONTHS_IN_YEAR) return `${fiscalYear}-12-31`;
  if (position < 0) return `${fiscalYear}-01-01`;
  return asOf;
}

/** The day a Date falls on in local time, as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A step is overdue when its end period has passed by the start of the as-of day
 * and its recorded status says it is not done (not started, in progress or
 * delayed). A step with no record is not reported, never overdue.
 */
export function isOverdue(milestone: MilestoneModel, status: MilestoneStatus | undefined, fiscalYear: number, asOf: string): boolean {
  if (status === undefined || status.status === 'done') return false;
  const end = parsePeriod(milestone.end, fiscalYear);
  const at = asOfPosition(asOf, fiscalYear);
  // An unreadable end date cannot be said to have passed.
  return end !== undefined && at !== undefined && end.end <= at;
}

export interface MilestoneProgress {
  total: number;
  /** Recorded steps by status; steps with no record are not in here. */
  byStatus: Record<StatusKind, number>;
  /** Steps with no record: not reported. */
  unrecorded: number;
  overdue: number;
  overdueIds: ReadonlySet<string>;
}

export function milestoneProgress(tasks: readonly TaskModel[], statuses: StatusMap, fiscalYear: number, asOf: string): MilestoneProgress {
  const byStatus: Record<StatusKind, number> = { 'not-started': 0, 'in-progress': 0, done: 0, delayed: 0 };
  const overdueIds = new Set<string>();
  let total = 0;
  let unrecorded = 0;
  for (const task of tasks) {
    for (const milestone of task.milestones) {
      total += 1;
      const status = recordedStatus(statuses, milestone.id);
      if (status === undefined) unrecorded += 1;
      else byStatus[status.status] += 1;
      if (isOverdue(milestone, status, fiscalYear, asOf)) overdueIds.add(milestone.id);
    }
  }
  return { total, byStatus, unrecorded, overdue: overdueIds.size, overdueIds };
}

/** Overdue steps with their task, in the document's order (for the deck and summaries). */
export function overdueMilestones(tasks: readonly TaskModel[], statuses: StatusMap, fiscalYear: number, asOf: string) {
  return tasks.flatMap((task) =>
    task.milestones
      .filter((milestone) => isOverdue(milestone, recordedStatus(statuses, milestone.id), fiscalYear, asOf))
      .map((milestone) => ({ task, milestone, status: statusOf(statuses, milestone.id) })),
  );
}

export const STATUS_FIELDS = ['status', 'date', 'note'] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];

/** A field's value as text: no date or note is '', no status is 'not-started'. */
export function fieldValue(status: MilestoneStatus, field: StatusField): string {
  return status[field] ?? '';
}

/** One field as a user changed it, with the value they saw before the change (none: replace whatever is stored, no conflict). */
export interface FieldChange {
  value: string;
  base?: string;
}

/** The fields of one step a user changed; the others are left as they are stored. */
export type StatusPatch = Partial<Record<StatusField, FieldChange>>;

/** The patch that turns what the user saw (`seen`) into `next`: only the fields that differ. */
export function patchBetween(seen: MilestoneStatus, next: Partial<MilestoneStatus>): StatusPatch {
  const patch: StatusPatch = {};
  for (const field of STATUS_FIELDS) {
    if (!(field in next)) continue;
    const value = next[field] ?? '';
    if (value !== fieldValue(seen, field)) patch[field] = { value, base: fieldValue(seen, field) };
  }
  return patch;
}

/** A later patch on top of an earlier one not yet stored: the later value, the earlier base (what the user first saw). */
export function combinePatches(earlier: StatusPatch, later: StatusPatch): StatusPatch {
  const out: StatusPatch = { ...earlier };
  for (const field of STATUS_FIELDS) {
    const change = later[field];
    const first = earlier[field];
    if (change) out[field] = first ? { ...first, value: change.value } : change;
  }
  return out;
}

/** A field another tab had changed to `theirs` since this tab last saw it, now replaced by this tab's value. */
export interface FieldConflict {
  field: StatusField;
  theirs: string;
}

/**
 * Applies a patch to the stored status field by field, so a change to the note never
 * undoes another tab's change to the status. A field whose stored value is neither
 * what the user saw nor what they chose was changed elsewhere meanwhile: the user's
 * value still wins (it is the latest), and the conflict is returned to be said.
 */
export function applyPatch(stored: MilestoneStatus, patch: StatusPatch): { status: MilestoneStatus; conflicts: FieldConflict[] } {
  const next: Record<StatusField, string> = { status: stored.status, date: fieldValue(stored, 'date'), note: fieldValue(stored, 'note') };
  const conflicts: FieldConflict[] = [];
  for (const field of STATUS_FIELDS) {
    const change = patch[field];
    if (!change) continue;
    if (change.base !== undefined && next[field] !== change.base && next[field] !== change.value) conflicts.push({ field, theirs: next[field] });
    next[field] = change.value;
  }
  const status = STATUS_KINDS.find((kind) => kind === next.status) ?? stored.status;
  return { status: normalizeStatus({ status, date: next.date, note: next.note }), conflicts };
}
