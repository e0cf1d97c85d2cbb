/**
 * Spending by function with drill-down (类 → 款 → 项). The drill level comes from
 * the URL, the category filter from the URL too; this module reconciles the two
 * and returns the rows the chart and its table draw.
 */
import { categoryTrail, childrenSum, isWithin } from '../categoryTree';
import type { BudgetModel, CategoryNode } from '../model';
import type { Fen } from '../money';
import { percentOf } from '../percent';
import { categoryRow } from './categoryRow';
import { foldTail, MAX_MARKS, sortByValue, type AmountSpec, type SpecRow } from './spec';

export interface DrillRow extends SpecRow {
  /** The node's own level: 0 = 类, 1 = 款, 2 = 项. */
  depth: number;
  /** The row has children: choosing it drills in rather than only filtering. */
  drillable: boolean;
  /** Listed under the row before it (a 项 under its 款) in a grouped view. */
  nested?: boolean;
}

export interface DrillSpec extends AmountSpec {
  rows: DrillRow[];
  /** The path from the 类 down to the level shown; empty at the top. */
  trail: CategoryNode[];
  /** True when each child is followed by its own children (款 with their 项). */
  grouped: boolean;
  /** The level's stated amount when its parts add up to something else (the document disagrees with itself). */
  mismatch?: { stated: Fen; partsSum: Fen };
}

/**
 * The level actually shown. The view must contain what the filter selects, so
 * only the part of the drill path that leads towards the filter is kept: a
 * filter set elsewhere (or cleared) pulls the view back up to the common
 * ancestor. A leaf has nothing below it, so it is shown within its parent.
 */
export function drillTrail(budget: BudgetModel, drillId: string | undefined, filterId: string | undefined): CategoryNode[] {
  const trail = categoryTrail(budget.functional, drillId);
  const filterTrail = categoryTrail(budget.functional, filterId);
  let common = 0;
  while (common < trail.length && trail[common] === filterTrail[common]) common++;
  const kept = trail.slice(0, common);
  while (kept.length > 0 && kept.at(-1)!.children.length === 0) kept.pop();
  return kept;
}

function nodeRow(node: CategoryNode, nested: boolean): DrillRow {
  return { ...categoryRow(node), depth: node.depth, drillable: node.children.length > 0, ...(nested ? { nested } : {}) };
}

/** Rows are the same objects sortByValue received, so their extra fields survive. */
function sorted(nodes: readonly CategoryNode[], nested = false): DrillRow[] {
  return sortByValue(nodes.map((n) => nodeRow(n, nested))) as DrillRow[];
}

/**
 * Accent for the filter's branch, grey for the rest. When every row is on the
 * branch (the view is the filtered category itself) nothing is singled out.
 */
export function flagBranch(rows: readonly DrillRow[], filterId: string | undefined): DrillRow[] {
  if (filterId === undefined) return [...rows];
  const on = rows.map((r) => r.filterId !== undefined && (isWithin(r.filterId, filterId) || isWithin(filterId, r.filterId)));
  if (on.every(Boolean)) return [...rows];
  return rows.map((row, i) => (on[i] ? { ...row, selected: true } : { ...row, dimmed: true }));
}

function withShares(rows: DrillRow[], budget: BudgetModel): DrillRow[] {
  return rows.map((row) => {
    const share = percentOf(row.value, budget.total);
    return share === undefined ? row : { ...row, share };
  });
}

/** 款 with their 项 beneath, when that still fits within MAX_MARKS marks. */
function groupedRows(children: readonly CategoryNode[]): DrillRow[] | undefined {
  const marks = children.reduce((n, child) => n + 1 + child.children.length, 0);
  if (marks > MAX_MARKS || children.every((child) => child.children.length === 0)) return undefined;
  const byId = new Map(children.map((c) => [c.id, c]));
  return sorted(children).flatMap((row) => [row, ...sorted(byId.get(row.key)?.children ?? [], true)]);
}

function mismatchOf(node: CategoryNode | undefined): Pick<DrillSpec, 'mismatch'> {
  const partsSum = node ? childrenSum(node) : undefined;
  if (node?.amount === undefined || partsSum === undefined || partsSum === node.amount) return {};
  return { mismatch: { stated: node.amount, partsSum } };
}

/**
 * The rows for the current level: the 类 at the top; inside a 类 its 款 each
 * followed by its 项 (or only the 款 when that would exceed MAX_MARKS); inside a
 * 款 its 项. Largest first, the long tail folded into 其他, shares of the total.
 */
export function drillSpec(budget: BudgetModel, filterId?: string, drillId?: string): DrillSpec {
  const filter = categoryTrail(budget.functional, filterId).length > 0 ? filterId : undefined;
  const trail = drillTrail(budget, drillId, filter);
  const parent = trail.at(-1);
  const children = parent ? parent.children : budget.functional;
  const grouped = parent ? groupedRows(children) : undefined;
  const depth = parent ? parent.depth + 1 : 0;
  const rows = grouped
    ? flagBranch(grouped, filter)
    : foldTail(flagBranch(sorted(children), filter)).map((row) => (row.isOther ? { ...row, depth, drillable: false } : (row as DrillRow)));
  return {
    id: parent ? `functional:${parent.id}` : 'functional',
    kind: 'bar',
    rows: withShares(rows, budget),
    total: budget.total,
    trail,
    grouped: grouped !== undefined,
    ...mismatchOf(parent),
  };
}
