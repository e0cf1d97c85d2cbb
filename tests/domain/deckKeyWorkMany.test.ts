import { describe, expect, it } from 'vitest';
import { buildDeck } from '@/domain/deck';
import { MAX_KEY_WORK_ITEMS } from '@/data/limits';
import { parseBudgetValue } from '@/data/parseBudget';
import { manyTasks, seedBudget } from '../../scripts/hostile/inputs';

describe('the key-work slide of a budget with the most key-work items a file may hold', () => {
  const parsed = parseBudgetValue(manyTasks(MAX_KEY_WORK_ITEMS));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues[0]));
  const slide = buildDeck(parsed.model).find((s) => s.id === 'keyWork')!;

  it('draws the first 12 tasks, and says how many more there are and where to see them', () => {
    expect(slide.figure?.visual).toMatchObject({ kind: 'timeline' });
    const visual = slide.figure!.visual as { lanes: { task: { name: string } }[] };
    expect(visual.lanes.map((lane) => lane.task.name)).toEqual(Array.from({ length: 12 }, (_, i) => `重点工作${i}`));
    expect(slide.takeaway).toContainEqual({ key: 'say.keyWorkMore', values: { shown: { kind: 'count', value: 12 }, more: { kind: 'count', value: 1988 } } });
    expect(slide.notes).toHaveLength(12);
  });
});

describe('a budget with many tasks paid out in batches', () => {
  /** n copies of the seed's 中人 task, each its own schedule. */
  const budget = (n: number) => {
    const seed = seedBudget();
    const cohort = (seed.keyWork as { id: string }[]).find((task) => task.id === 'transition-pensions')!;
    const keyWork = Array.from({ length: n }, (_, i) => ({
      ...cohort,
      id: `cohort-${i}`,
      title: `分批兑现${i}`,
      milestones: (cohort as unknown as { milestones: { id: string }[] }).milestones.map((m) => ({ ...m, id: `${m.id}-${i}` })),
    }));
    const parsed = parseBudgetValue({ ...seed, keyWork });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues[0]));
    return parsed.model;
  };

  it('gets 4 slides of them, the last saying how many more the dashboard shows', () => {
    const slides = buildDeck(budget(10)).filter((s) => s.id.startsWith('cohorts:'));
    expect(slides.map((s) => s.id)).toEqual(['cohorts:cohort-0', 'cohorts:cohort-1', 'cohorts:cohort-2', 'cohorts:cohort-3']);
    expect(slides[3]!.takeaway.at(-1)).toEqual({ key: 'say.cohortsMore', values: { more: { kind: 'count', value: 6 } } });
    expect(slides[2]!.takeaway.map((t) => t.key)).not.toContain('say.cohortsMore');
  });

  it('says nothing more when they all fit', () => {
    const slides = buildDeck(budget(4)).filter((s) => s.id.startsWith('cohorts:'));
    expect(slides).toHaveLength(4);
    expect(slides.flatMap((s) => s.takeaway.map((t) => t.key))).not.toContain('say.cohortsMore');
  });
});
