/** The year's key work on a timeline, and work paid out in batches (e.g. 中人 pensions) by month. */
import { cohortSchedules, type CohortSchedule } from '../cohortSchedule';
import { isOverdue, recordedStatus, type StatusMap } from '../milestoneStatus';
import type { BudgetModel } from '../model';
import { monthOfPosition } from '../period';
import { isDrawn, timelineCounts, timelineRows, type TimelineRow } from '../timeline';
import { defined } from './clauses';
import type { DeckSlide, DeckText, TimelineLane } from './types';
import { count, month, name, percent, quantity, text, textValue } from './values';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Task rows one slide shows at a readable size; the rest are counted and left to the dashboard. */
export const MAX_SLIDE_TASKS = 12;

const taskName = (row: TimelineRow) => ({ name: row.task.title, nameEn: row.task.titleEn });

/** The user's recorded statuses and the as-of day, so the slide marks what is overdue. */
export interface KeyWorkProgress {
  statuses: StatusMap;
  asOf: string;
}

function lanes(rows: readonly TimelineRow[], fiscalYear: number, progress: KeyWorkProgress | undefined): TimelineLane[] {
  return rows.map((row) => ({
    key: row.task.id,
    task: taskName(row),
    marks: row.marks.filter(isDrawn).map((mark, i) => ({
      key: `${mark.milestone.id}/${i}`,
      kind: mark.kind,
      from: mark.from,
      to: mark.to,
      ticks: mark.ticks,
      label: { name: mark.milestone.label, nameEn: mark.milestone.labelEn },
      ...(progress && isOverdue(mark.milestone, recordedStatus(progress.statuses, mark.milestone.id), fiscalYear, progress.asOf) ? { overdue: true } : {}),
    })),
  }));
}

/** The first deadline of the year: the drawn step that ends earliest. */
function firstDue(rows: readonly TimelineRow[]): DeckText | undefined {
  const marks = rows.flatMap((row) => row.marks.filter(isDrawn).map((mark) => ({ row, mark })));
  const first = marks.sort((a, b) => a.mark.to - b.mark.to)[0];
  if (!first) return undefined;
  return text('say.firstDue', {
    month: month(monthOfPosition(first.mark.to)),
    label: name({ name: first.mark.milestone.label, nameEn: first.mark.milestone.labelEn }),
  });
}

/** Undefined when the document lists no key work. */
export function keyWorkSlide(budget: BudgetModel, progress?: KeyWorkProgress): DeckSlide | undefined {
  const rows = timelineRows(budget.keyWork, budget.fiscalYear);
  if (rows.length === 0) return undefined;
  const counts = timelineCounts(rows);
  const shown = rows.slice(0, MAX_SLIDE_TASKS);
  const more = rows.length - shown.length;
  return {
    id: 'keyWork',
    title: text('slide.keyWork'),
    headline: { label: text('headline.keyWork'), value: textValue('figure.tasks', { n: count(counts.tasks) }) },
    takeaway: defined([
      text('say.keyWork', { tasks: count(counts.tasks), dated: count(counts.tasks - counts.undated) }),
      firstDue(rows),
      more > 0 ? text('say.keyWorkMore', { shown: count(shown.length), more: count(more) }) : undefined,
    ]),
    figure: {
      title: text('figure.timeline.title', { year: { kind: 'year', value: budget.fiscalYear } }),
      subtitle: text('figure.timeline.subtitle'),
      visual: { kind: 'timeline', lanes: lanes(shown, budget.fiscalYear, progress) },
    },
    notes: shown.map((row) => text('note.task', { name: name(taskName(row)), summary: name({ name: row.task.summary, nameEn: row.task.summaryEn }) })),
  };
}

function cohortSlide(schedule: CohortSchedule): DeckSlide {
  const reference = schedule.statedTotal ?? schedule.cohortSum;
  const paidMonths = schedule.monthly.filter((m) => m.added > 0);
  const last = paidMonths.at(-1)?.month ?? 0;
  const shown = schedule.monthly.filter((m) => m.month <= Math.max(last, 1));
  const task = { name: schedule.task.title, nameEn: schedule.task.titleEn };
  return {
    id: `cohorts:${schedule.task.id}`,
    title: text('slide.cohorts', { task: name(task) }),
    headline: { label: text(schedule.statedTotal === undefined ? 'headline.cohortSum' : 'headline.cohortTotal'), value: quantity(reference, schedule.unit) },
    takeaway: defined([
      ...paidMonths.map((m) => text('say.cohortMonth', { month: month(m.month), n: quantity(m.cumulative, schedule.unit), share: percent(m.share) })),
      schedule.totalMatches === false
        ? text('say.cohortMismatch', { stated: quantity(schedule.statedTotal, schedule.unit), covered: quantity(schedule.coveredSum, schedule.unit) })
        : undefined,
      schedule.paidLater > 0 ? text('say.cohortLater', { n: quantity(schedule.paidLater, schedule.unit) }) : undefined,
    ]),
    figure: {
      title: text('figure.cohorts.title'),
      subtitle: text('figure.cohorts.subtitle', { unitWord: { kind: 'unit', unit: schedule.unit } }),
      visual: {
        kind: 'counts',
        unit: schedule.unit,
        rows: shown.map((m) => ({
          key: String(m.month),
          name: `${m.month} 月`,
          nameEn: MONTHS_EN[m.month - 1] ?? String(m.month),
          value: m.cumulative,
          ...(m.added > 0 ? { selected: true } : {}),
        })),
      },
    },
    notes: schedule.cohorts.map((c) =>
      text(c.paidBy ? 'note.cohortPaid' : 'note.cohortUnpaid', {
        name: name({ name: c.label, nameEn: c.labelEn }),
        n: quantity(c.value, c.unit),
        ...(c.paidBy ? { step: name({ name: c.paidBy.label, nameEn: c.paidBy.labelEn }) } : {}),
      }),
    ),
  };
}

/** Slides for tasks paid out in batches; a deck is presented, so more are counted and left to the dashboard. */
export const MAX_COHORT_SLIDES = 4;

/** One slide per task paid out in batches whose schedule can be drawn (units agree), at most MAX_COHORT_SLIDES. */
export function cohortSlides(budget: BudgetModel): DeckSlide[] {
  const drawable = cohortSchedules(budget.keyWork, budget.fiscalYear).filter((s) => s.monthly.length > 0);
  const shown = drawable.slice(0, MAX_COHORT_SLIDES);
  const more = drawable.length - shown.length;
  return shown.map((schedule, i) => {
    const slide = cohortSlide(schedule);
    return more > 0 && i === shown.length - 1 ? { ...slide, takeaway: [...slide.takeaway, text('say.cohortsMore', { more: count(more) })] } : slide;
  });
}
