import { describe, expect, it } from 'vitest';
import { timelineEntries, timelinePage, labelAnchor } from '@/domain/charts/keyWorkSpecs';
import type { MilestoneModel, TaskModel } from '@/domain/model';
import { monthOfPosition, parsePeriod } from '@/domain/period';
import { classifyMilestone, timelineCounts, timelineRows } from '@/domain/timeline';
import { seed } from '../support/seed';

const FY = 2021;
const m = (fields: Partial<MilestoneModel> & { end: string }): MilestoneModel => ({ id: 'm', label: 'step', ...fields });
const seedMark = (taskId: string, milestoneId: string) => {
  const row = timelineRows(seed.model.keyWork, FY).find((r) => r.task.id === taskId)!;
  return row.marks.find((mark) => mark.milestone.id === milestoneId)!;
};

describe('parsePeriod', () => {
  it('places a month from its start to its end', () => {
    expect(parsePeriod('2021-02', FY)).toMatchObject({ granularity: 'month', index: 2, start: 1, end: 2 });
  });

  it('places a day inside its month', () => {
    const day = parsePeriod('2021-02-28', FY)!;
    expect(day).toMatchObject({ granularity: 'day', index: 2, day: 28, end: 2 });
    expect(day.start).toBeCloseTo(1 + 27 / 28);
    expect(parsePeriod('2024-02-29', 2024)?.end).toBe(2);
  });

  it('reads quarters and halves as spans of months', () => {
    expect(parsePeriod('2021-Q2', FY)).toMatchObject({ granularity: 'quarter', start: 3, end: 6 });
    expect(parsePeriod('2021-Q4', FY)).toMatchObject({ start: 9, end: 12 });
    expect(parsePeriod('2021-H1', FY)).toMatchObject({ granularity: 'half', start: 0, end: 6 });
    expect(parsePeriod('2021-H2', FY)).toMatchObject({ start: 6, end: 12 });
  });

  it('puts other years before 0 or after 12', () => {
    expect(parsePeriod('2020-12', FY)).toMatchObject({ start: -1, end: 0 });
    expect(parsePeriod('2022-01', FY)).toMatchObject({ start: 12, end: 13 });
  });

  it('rejects what is not a period, including days a month does not have', () => {
    for (const text of ['2021-13', '2021-Q5', '2021-02-30', '2021-02-29', 'March', '']) expect(parsePeriod(text, FY)).toBeUndefined();
  });

  it('counts a month end as part of that month', () => {
    expect(monthOfPosition(4)).toBe(4);
    expect(monthOfPosition(3.5)).toBe(4);
    expect(monthOfPosition(-2)).toBe(1);
  });
});

describe('classifyMilestone on the seed', () => {
  it('draws “1-3 月” and “3 月至 6 月” as ranges', () => {
    expect(seedMark('coverage', 'coverage-survey')).toMatchObject({ kind: 'range', from: 0, to: 3 });
    expect(seedMark('coverage', 'coverage-outreach')).toMatchObject({ kind: 'range', from: 2, to: 6 });
  });

  it('draws deadlines as points at the end of their period', () => {
    expect(seedMark('publicity', 'publicity-training')).toMatchObject({ kind: 'point', from: 3, to: 3 });
    expect(seedMark('transition-pensions', 'zhongren-data')).toMatchObject({ kind: 'point', to: 2 });
    expect(seedMark('transition-pensions', 'zhongren-pay-2018-2019')).toMatchObject({ kind: 'point', to: 4 });
    expect(seedMark('transition-pensions', 'death-benefit-base')).toMatchObject({ kind: 'point', to: 6 });
  });

  it('draws monthly work as 12 ticks and quarterly work as 4', () => {
    const monthly = seedMark('five-good-window', 'service-star');
    expect(monthly).toMatchObject({ kind: 'recurring', occurrences: 12, from: 0, to: 12 });
    expect(monthly.ticks).toHaveLength(12);
    const quarterly = seedMark('work-injury', 'provider-inspection');
    expect(quarterly).toMatchObject({ kind: 'recurring', occurrences: 4 });
    expect(quarterly.ticks).toEqual([1.5, 4.5, 7.5, 10.5]);
  });

  it('lists the tasks without dated steps', () => {
    const rows = timelineRows(seed.model.keyWork, FY);
    expect(rows.filter((r) => r.undated).map((r) => r.task.id)).toEqual(['tax-handover', 'landless-farmers', 'arrears', 'fee-cuts', 'legacy-issues']);
    expect(timelineCounts(rows)).toEqual({ tasks: 11, milestones: 10, undated: 5, problems: 0 });
  });
});

describe('classifyMilestone edge cases', () => {
  it('keeps a step outside the fiscal year off the axis, with the reason', () => {
    expect(classifyMilestone(m({ end: '2022-03' }), FY)).toMatchObject({ kind: 'point', problem: 'outside-year' });
    expect(classifyMilestone(m({ end: '2020-12' }), FY)).toMatchObject({ problem: 'outside-year' });
    expect(classifyMilestone(m({ start: '2019-01', end: '2020-06' }), FY)).toMatchObject({ kind: 'range', problem: 'outside-year' });
  });

  it('clips a range that reaches into another year and says so', () => {
    expect(classifyMilestone(m({ start: '2020-10', end: '2021-Q1' }), FY)).toMatchObject({ from: 0, to: 3, clippedStart: true, clippedEnd: false });
    expect(classifyMilestone(m({ start: '2021-11', end: '2022-02' }), FY)).toMatchObject({ from: 10, to: 12, clippedEnd: true });
  });

  it('refuses to draw a step whose start comes after its end', () => {
    const mark = classifyMilestone(m({ start: '2021-06', end: '2021-03' }), FY);
    expect(mark).toMatchObject({ kind: 'range', problem: 'start-after-end' });
    expect(classifyMilestone(m({ start: '2021-Q3', end: '2021-Q1', recurrence: 'quarterly' }), FY).problem).toBe('start-after-end');
  });

  it('accepts a range inside one month', () => {
    expect(classifyMilestone(m({ start: '2021-03', end: '2021-03' }), FY)).toMatchObject({ from: 2, to: 3 });
  });

  it('flags dates it cannot read', () => {
    expect(classifyMilestone(m({ end: '2021-02-31' }), FY).problem).toBe('unparseable');
    expect(classifyMilestone(m({ start: 'spring', end: '2021-06' }), FY).problem).toBe('unparseable');
  });

  it('runs recurring work without a start from January and counts occurrences beyond the year', () => {
    expect(classifyMilestone(m({ end: '2021-06', recurrence: 'monthly' }), FY)).toMatchObject({ occurrences: 6, from: 0, to: 6 });
    const long = classifyMilestone(m({ start: '2021-07', end: '2022-06', recurrence: 'quarterly' }), FY);
    expect(long).toMatchObject({ occurrences: 4, clippedEnd: true });
    expect(long.ticks).toEqual([7.5, 10.5]);
  });
});

describe('timeline specs', () => {
  it('places labels where the year has room', () => {
    expect(labelAnchor(seedMark('publicity', 'publicity-training'))).toBe('after');
    expect(labelAnchor(classifyMilestone(m({ end: '2021-11' }), FY))).toBe('before');
    expect(labelAnchor(seedMark('five-good-window', 'service-star'))).toBe('over');
  });

  it('pages a large budget: 200 tasks with 1,000 steps', () => {
    const tasks: TaskModel[] = Array.from({ length: 200 }, (_, t) => ({
      id: `t${t}`,
      title: `任务 ${t + 1}`,
      summary: '',
      figures: [],
      milestones: Array.from({ length: 5 }, (_, i) =>
        m({ id: `t${t}-${i}`, end: `2021-${String((i % 12) + 1).padStart(2, '0')}`, ...(i === 4 ? { start: '2021-01' } : {}) }),
      ),
    }));
    const started = performance.now();
    const rows = timelineRows(tasks, FY);
    const page = timelinePage(rows, 9);
    expect(performance.now() - started).toBeLessThan(200);
    expect(timelineEntries(rows)).toHaveLength(1000);
    expect(page).toMatchObject({ page: 9, pages: 10, first: 181, last: 200, total: 200 });
    expect(page.rows).toHaveLength(20);
    expect(timelinePage(rows, 99).page).toBe(9);
    expect(timelinePage([], 0)).toMatchObject({ pages: 1, first: 0, last: 0, rows: [] });
  });
});
