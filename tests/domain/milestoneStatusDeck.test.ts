import { describe, expect, it } from 'vitest';
import { buildDeck } from '@/domain/deck';
import type { StatusMap } from '@/domain/milestoneStatus';
import { seed } from '../support/seed';

const overdueOnSlide = (progress?: { statuses: StatusMap; asOf: string }) => {
  const slide = buildDeck(seed.model, { progress }).find((s) => s.id === 'keyWork')!;
  const visual = slide.figure!.visual;
  if (visual.kind !== 'timeline') throw new Error(visual.kind);
  return visual.lanes.flatMap((lane) => lane.marks.filter((m) => m.overdue).map((m) => m.key.split('/')[0]));
};

describe('the deck’s key-work slide marks overdue steps', () => {
  it('marks the steps reported not done and past their end, as of the day given', () => {
    const statuses: StatusMap = {
      'zhongren-data': { status: 'done' },
      'coverage-survey': { status: 'delayed', date: '2021-06-15' },
      'zhongren-pay-2018-2019': { status: 'in-progress' },
    };
    expect(overdueOnSlide({ statuses, asOf: '2021-05-10' })).toEqual(['coverage-survey', 'zhongren-pay-2018-2019']);
  });

  it('marks nothing on the plan when nothing is reported, even as of the year’s last day', () => {
    expect(overdueOnSlide({ statuses: {}, asOf: '2021-12-31' })).toEqual([]);
  });

  it('marks nothing when no progress is given (the deck on its own)', () => {
    expect(overdueOnSlide()).toEqual([]);
  });
});
