import { describe, expect, it } from 'vitest';
import { buildDeck } from '@/domain/deck';
import { MAX_KEY_WORK_ITEMS } from '@/data/limits';
import { parseBudgetValue } from '@/data/parseBudget';
import { manyTasks } from '../../scripts/hostile/inputs';

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
