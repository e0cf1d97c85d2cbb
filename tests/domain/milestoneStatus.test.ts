import { describe, expect, it } from 'vitest';
import {
  asOfPosition,
  clampAsOf,
  isoDay,
  isOverdue,
  milestoneProgress,
  normalizeStatus,
  overdueMilestones,
  sameStatus,
  statusOf,
  type StatusMap,
} from '@/domain/milestoneStatus';
import type { MilestoneModel } from '@/domain/model';
import { seed } from '../support/seed';

const { keyWork, fiscalYear } = seed.model;
const step = (id: string): MilestoneModel => keyWork.flatMap((t) => t.milestones).find((m) => m.id === id)!;
const NOT_STARTED = { status: 'not-started' } as const;

describe('as-of day on the fiscal year axis', () => {
  it('places the start of a day in months from 1 January', () => {
    expect(asOfPosition('2021-01-01', 2021)).toBe(0);
    expect(asOfPosition('2021-05-01', 2021)).toBe(4);
    expect(asOfPosition('2022-01-01', 2021)).toBe(12);
    expect(asOfPosition('2021-02-30', 2021)).toBeUndefined();
    expect(asOfPosition('2021-05', 2021)).toBeUndefined();
  });

  it('keeps the day inside the fiscal year for display', () => {
    expect(clampAsOf('2026-11-25', 2021)).toBe('2021-12-31');
    expect(clampAsOf('2020-06-30', 2021)).toBe('2021-01-01');
    expect(clampAsOf('2021-05-10', 2021)).toBe('2021-05-10');
    expect(clampAsOf('not a day', 2021)).toBe('2021-12-31');
  });

  it('reads the local calendar day', () => {
    expect(isoDay(new Date(2021, 3, 9, 23, 59))).toBe('2021-04-09');
  });
});

describe('overdue', () => {
  it('is overdue from the first day after its end period, unless done', () => {
    const april = step('zhongren-pay-2018-2019');
    expect(isOverdue(april, NOT_STARTED, fiscalYear, '2021-04-30')).toBe(false);
    expect(isOverdue(april, NOT_STARTED, fiscalYear, '2021-05-01')).toBe(true);
    expect(isOverdue(april, { status: 'in-progress' }, fiscalYear, '2021-05-01')).toBe(true);
    expect(isOverdue(april, { status: 'delayed', date: '2021-07-15' }, fiscalYear, '2021-05-01')).toBe(true);
    expect(isOverdue(april, { status: 'done', date: '2021-05-20' }, fiscalYear, '2021-12-31')).toBe(false);
  });

  it('uses the end of a half-year, a quarter or recurring work', () => {
    expect(isOverdue(step('death-benefit-base'), NOT_STARTED, fiscalYear, '2021-06-30')).toBe(false);
    expect(isOverdue(step('death-benefit-base'), NOT_STARTED, fiscalYear, '2021-07-01')).toBe(true);
    expect(isOverdue(step('provider-inspection'), NOT_STARTED, fiscalYear, '2021-12-31')).toBe(false);
    expect(isOverdue(step('service-star'), NOT_STARTED, fiscalYear, '2021-12-31')).toBe(false);
  });

  it('never calls a step with an unreadable date overdue', () => {
    const odd: MilestoneModel = { id: 'x', label: '年内完成', end: '年内' };
    expect(isOverdue(odd, NOT_STARTED, fiscalYear, '2021-12-31')).toBe(false);
  });
});

describe('progress over the seed’s ten steps', () => {
  const statuses: StatusMap = {
    'zhongren-data': { status: 'done', date: '2021-02-26' },
    'zhongren-pay-2018-2019': { status: 'delayed', date: '2021-05-20', note: '等待财政拨款' },
    'coverage-outreach': { status: 'in-progress' },
  };

  it('counts each recorded status, steps not reported apart, and only reported unfinished steps as overdue', () => {
    const progress = milestoneProgress(keyWork, statuses, fiscalYear, '2021-05-10');
    expect(progress.total).toBe(10);
    expect(progress.byStatus).toEqual({ 'not-started': 0, 'in-progress': 1, done: 1, delayed: 1 });
    expect(progress.unrecorded).toBe(7);
    expect([...progress.overdueIds]).toEqual(['zhongren-pay-2018-2019']);
    expect(progress.overdue).toBe(1);
  });

  it('finds nothing overdue on the seed when nothing is reported, even once the year is over', () => {
    const progress = milestoneProgress(keyWork, {}, fiscalYear, '2021-12-31');
    expect(progress.unrecorded).toBe(10);
    expect(progress.overdue).toBe(0);
    expect(isOverdue(step('zhongren-pay-2018-2019'), undefined, fiscalYear, '2021-12-31')).toBe(false);
  });

  it('lists overdue steps with their task in the document’s order', () => {
    const reported: StatusMap = { ...statuses, 'veterans-results': { status: 'not-started' } };
    const overdue = overdueMilestones(keyWork, reported, fiscalYear, '2021-07-01');
    expect(overdue.map((o) => `${o.task.id}/${o.milestone.id}/${o.status.status}`)).toEqual([
      'coverage/coverage-outreach/in-progress',
      'transition-pensions/zhongren-pay-2018-2019/delayed',
      'veterans/veterans-results/not-started',
    ]);
  });

  it('treats a step with no record as not started, and an empty note or date as none', () => {
    expect(statusOf(statuses, 'veterans-results')).toEqual(NOT_STARTED);
    expect(statusOf(statuses, 'toString')).toEqual(NOT_STARTED);
    expect(normalizeStatus({ status: 'done', date: '', note: '' })).toEqual({ status: 'done' });
    expect(sameStatus({ status: 'done', note: '' }, { status: 'done' })).toBe(true);
    expect(sameStatus({ status: 'done', note: 'a' }, { status: 'done', note: 'a ' })).toBe(false);
  });
});
