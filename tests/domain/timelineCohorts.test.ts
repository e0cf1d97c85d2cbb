import { describe, expect, it } from 'vitest';
import { cohortSchedule, cohortSchedules, sumExact } from '@/domain/cohortSchedule';
import type { TaskModel } from '@/domain/model';
import { seed } from '../support/seed';

const FY = 2021;
const zhongren = () => seed.model.keyWork.find((t) => t.id === 'transition-pensions')!;
const cumulative = (task: TaskModel) => cohortSchedule(task, FY)!.monthly.map((m) => m.cumulative);

describe('cohortSchedule on the seed’s 中人 task', () => {
  it('is found only for tasks with keyed figures and covering steps', () => {
    expect(cohortSchedules(seed.model.keyWork, FY).map((s) => s.task.id)).toEqual(['transition-pensions']);
  });

  it('lists the 207 people by retirement year, and checks them against the stated total', () => {
    const schedule = cohortSchedule(zhongren(), FY)!;
    expect(schedule.cohorts.map((c) => [c.key, c.value])).toEqual([
      ['2018', 100],
      ['2019', 60],
      ['2020', 47],
    ]);
    expect(schedule).toMatchObject({ unit: '人', statedTotal: 207, cohortSum: 207, coveredSum: 207, totalMatches: true, uncovered: [], unknownKeys: [] });
  });

  it('pays nobody before April, 160 from April and 207 from June', () => {
    expect(cumulative(zhongren())).toEqual([0, 0, 0, 160, 160, 207, 207, 207, 207, 207, 207, 207]);
    const schedule = cohortSchedule(zhongren(), FY)!;
    expect(schedule.monthly[3]).toMatchObject({ month: 4, added: 160, cumulative: 160 });
    expect(schedule.monthly[5]?.share).toBe(100);
    expect(schedule.paidLater).toBe(0);
  });

  it('keeps the steps about these people: data cleaning, April and June', () => {
    expect(cohortSchedule(zhongren(), FY)!.steps.map((s) => s.id)).toEqual(['zhongren-data', 'zhongren-pay-2018-2019', 'zhongren-pay-2020']);
  });
});

describe('cohortSchedule checks', () => {
  const variant = (change: (task: TaskModel) => TaskModel) => cohortSchedule(change(structuredClone(zhongren())), FY)!;

  it('says when the covered groups do not add up to the stated total', () => {
    const schedule = variant((t) => ({ ...t, figures: t.figures.map((f) => (f.key === 'total' ? { ...f, value: 210 } : f)) }));
    expect(schedule).toMatchObject({ statedTotal: 210, coveredSum: 207, totalMatches: false });
  });

  it('names a group no step covers, and keys a step covers that no figure has', () => {
    const schedule = variant((t) => ({ ...t, milestones: t.milestones.map((m) => (m.id === 'zhongren-pay-2020' ? { ...m, covers: ['2021'] } : m)) }));
    expect(schedule.uncovered.map((c) => c.key)).toEqual(['2020']);
    expect(schedule.unknownKeys).toEqual(['2021']);
    expect(schedule).toMatchObject({ coveredSum: 160, totalMatches: false });
    expect(schedule.monthly.at(-1)?.cumulative).toBe(160);
  });

  it('counts a group paid before the year from January and one paid after the year as later', () => {
    const schedule = variant((t) => ({
      ...t,
      milestones: t.milestones.map((m) =>
        m.id === 'zhongren-pay-2018-2019' ? { ...m, end: '2020-11' } : m.id === 'zhongren-pay-2020' ? { ...m, end: '2022-Q1' } : m,
      ),
    }));
    expect(schedule.monthly.map((m) => m.cumulative)).toEqual(Array(12).fill(160));
    expect(schedule.paidLater).toBe(47);
  });

  it('works without a stated total: nothing to check, shares of the groups’ sum', () => {
    const schedule = variant((t) => ({ ...t, figures: t.figures.filter((f) => f.key !== 'total') }));
    expect(schedule.statedTotal).toBeUndefined();
    expect(schedule.totalMatches).toBeUndefined();
    expect(schedule.monthly[3]?.share).toBeCloseTo((160 / 207) * 100);
  });

  it('is not a schedule when no step covers anything', () => {
    expect(cohortSchedule({ ...zhongren(), milestones: zhongren().milestones.map(({ covers: _covers, ...m }) => m) }, FY)).toBeUndefined();
  });

  it('adds decimal figures exactly', () => {
    expect(sumExact([0.1, 0.2])).toBe(0.3);
    expect(sumExact([100, 60, 47])).toBe(207);
  });
});
