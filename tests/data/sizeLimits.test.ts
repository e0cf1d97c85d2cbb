import { describe, expect, it } from 'vitest';
import { describeIssue } from '@/data/issueMessages';
import { MAX_CATEGORIES, MAX_KEY_WORK_ITEMS, MAX_LIST_ENTRIES, MAX_MILESTONES_PER_ITEM } from '@/data/limits';
import { parseBudgetValue } from '@/data/parseBudget';
import { manyCategories, manyEntries, manyMilestones, manyTasks } from '../../scripts/hostile/inputs';

const messages = (value: unknown) => {
  const result = parseBudgetValue(value);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${describeIssue(issue, 'zh-CN')} / ${describeIssue(issue, 'en')}`);
};

describe('budgets beyond the documented size limits are refused with the path named', () => {
  it('100,000 categories, flat or under one 类', () => {
    expect(messages(manyCategories(100_000, 'flat'))).toEqual(['functional: 类、款、项过多：共 100,000 个，上限 20,000 个 / too many categories: 100,000, at most 20,000']);
    expect(messages(manyCategories(100_000, 'underOne'))).toEqual(['functional: 类、款、项过多：共 100,000 个，上限 20,000 个 / too many categories: 100,000, at most 20,000']);
  });

  it('100,000 steps in one key-work item, and 100,000 items', () => {
    expect(messages(manyMilestones(100_000))).toEqual(['keyWork[0].milestones: 工作步骤过多：共 100,000 个，上限 500 个 / too many steps: 100,000, at most 500']);
    expect(messages(manyTasks(100_000))[0]).toBe('keyWork: 重点工作过多：共 100,000 项，上限 2,000 项 / too many key-work items: 100,000, at most 2,000');
  });

  it('20,000 revenue lines or glossary terms', () => {
    expect(messages(manyEntries(20_000))).toEqual([
      'revenue: 条目过多：共 20,000 条，上限 1,000 条 / too many entries: 20,000, at most 1,000',
      'glossary: 条目过多：共 20,000 条，上限 1,000 条 / too many entries: 20,000, at most 1,000',
    ]);
  });

  it('a budget at each limit is accepted', () => {
    expect(parseBudgetValue(manyCategories(MAX_CATEGORIES, 'flat')).ok).toBe(true);
    expect(parseBudgetValue(manyMilestones(MAX_MILESTONES_PER_ITEM)).ok).toBe(true);
    expect(parseBudgetValue(manyTasks(MAX_KEY_WORK_ITEMS)).ok).toBe(true);
    expect(parseBudgetValue(manyEntries(MAX_LIST_ENTRIES)).ok).toBe(true);
  });
});
