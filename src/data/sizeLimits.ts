/**
 * Counts a raw budget's categories, key-work items and milestones against the limits
 * (limits.ts) before the schema runs: refusing 100,000 categories costs one walk, not
 * a validation of every one of them.
 */
import { MAX_CATEGORIES, MAX_KEY_WORK_ITEMS, MAX_LIST_ENTRIES, MAX_MILESTONES, MAX_MILESTONES_PER_ITEM } from './limits';

export type SizeIssueCode = 'too_many_categories' | 'too_many_tasks' | 'too_many_milestones' | 'too_many_entries';

export interface SizeIssue {
  path: (string | number)[];
  code: SizeIssueCode;
  /** The count found and the limit, with digit grouping (the same in both languages). */
  count: string;
  limit: string;
}

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const listAt = (value: unknown, key: string): unknown[] => {
  const child = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(child) ? child : [];
};

function countCategories(roots: unknown[]): number {
  let count = 0;
  const stack = [roots];
  while (stack.length > 0) {
    for (const node of stack.pop()!) {
      count += 1;
      stack.push(listAt(node, 'children'));
    }
  }
  return count;
}

function issue(path: (string | number)[], code: SizeIssueCode, count: number, limit: number): SizeIssue {
  return { path, code, count: grouped(count), limit: grouped(limit) };
}

export function findSizeIssues(value: unknown): SizeIssue[] {
  const out: SizeIssue[] = [];
  const categories = countCategories(listAt(value, 'functional'));
  if (categories > MAX_CATEGORIES) out.push(issue(['functional'], 'too_many_categories', categories, MAX_CATEGORIES));
  const tasks = listAt(value, 'keyWork');
  if (tasks.length > MAX_KEY_WORK_ITEMS) out.push(issue(['keyWork'], 'too_many_tasks', tasks.length, MAX_KEY_WORK_ITEMS));
  let milestones = 0;
  for (const key of ['revenue', 'glossary']) {
    const entries = listAt(value, key).length;
    if (entries > MAX_LIST_ENTRIES) out.push(issue([key], 'too_many_entries', entries, MAX_LIST_ENTRIES));
  }
  tasks.forEach((task, index) => {
    const figures = listAt(task, 'figures').length;
    if (figures > MAX_LIST_ENTRIES) out.push(issue(['keyWork', index, 'figures'], 'too_many_entries', figures, MAX_LIST_ENTRIES));
    const steps = listAt(task, 'milestones').length;
    milestones += steps;
    if (steps > MAX_MILESTONES_PER_ITEM) out.push(issue(['keyWork', index, 'milestones'], 'too_many_milestones', steps, MAX_MILESTONES_PER_ITEM));
  });
  if (milestones > MAX_MILESTONES && !out.some((i) => i.code === 'too_many_milestones')) out.push(issue(['keyWork'], 'too_many_milestones', milestones, MAX_MILESTONES));
  return out;
}
