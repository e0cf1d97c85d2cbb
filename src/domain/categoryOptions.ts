/**
 * What the category filter lists for a query: a bounded number of 类/款/项, so the
 * list draws in a frame whatever the budget's size (a budget may hold thousands of 项).
 */
import type { CategoryNode } from './model';

/** Options drawn at once: enough to choose from, few enough to draw instantly. */
export const MAX_CATEGORY_OPTIONS = 100;

export interface CategoryOptions {
  options: CategoryNode[];
  /** Categories that fit the query but are not listed (type more to reach them). */
  more: number;
}

function matches(node: CategoryNode, needle: string): boolean {
  return node.name.toLowerCase().includes(needle) || (node.nameEn?.toLowerCase().includes(needle) ?? false);
}

/**
 * With no query: every category in tree order when they fit, else the 类 and 款 only
 * (the 项 are reached by search). With a query: the names containing it, 类 before 款
 * before 项 so a broad word finds the broad line first.
 */
export function categoryOptions(all: readonly CategoryNode[], query: string, limit = MAX_CATEGORY_OPTIONS): CategoryOptions {
  const needle = query.trim().toLowerCase();
  if (!needle) {
    const listed = all.length <= limit ? all : all.filter((node) => node.depth <= 1);
    return { options: listed.slice(0, limit), more: all.length - Math.min(listed.length, limit) };
  }
  // One bucket per level keeps tree order within a level, in one linear pass.
  const byDepth: CategoryNode[][] = [];
  let found = 0;
  for (const node of all) {
    if (!matches(node, needle)) continue;
    (byDepth[node.depth] ??= []).push(node);
    found += 1;
  }
  return { options: byDepth.flat().slice(0, limit), more: Math.max(0, found - limit) };
}
