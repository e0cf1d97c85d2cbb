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
  it('marks the steps past their end and not done, as of the day given', () => {
    const statuses: StatusMap = { 'zhongren-data': { status: 'done' }, 'coverage-survey': { status: 'delayed', date: '2021-06-15' } };
    expect(overdueOnSlide({ statuses, asOf: '2021-05-10' })).toEqual(['publicity-training', 'coverage-survey', 'zhongren-pay-2018-2019']);
    expect(overdueOnSlide({ statuses: {}, asOf: '2021-03-01' })).toEqual(['zhongren-data']);
  });

  it('marks nothing when no progress is given (the deck on its own)', () => {
    expect(overdueOnSlide()).toEqual([]);
  });
});
