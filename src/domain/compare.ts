/**
 * Two budgets side by side. Both are already in exact 分, so a 元 file and a
 * 万元 file compare without conversion error. Categories match by their name
 * path (类 › 款 › 项), the same id the category filter uses, so the filter
 * narrows both sides at once.
 *
 * The same unit in two years → "years": the earlier year on the left, changes
 * and the categories that appeared or disappeared. Two units → "units": the
 * budget on screen on the left, shares of each total and amounts per person in service.
 */
import { effectiveAmount, flattenCategories, isWithin } from './categoryTree';
import { CATEGORY_PATH_SEPARATOR, type BudgetModel, type CategoryNode } from './model';
import { subtract, type Fen } from './money';
import { growthPct, percentOf } from './percent';

export type ComparisonKind = 'years' | 'units';

export interface SideFigures {
  amount?: Fen;
  /** Percent of that side's total budget. */
  share?: number;
  /** Amount per person in service, to the nearest 分. */
  perPerson?: Fen;
}

export interface ComparedFigures {
  left: SideFigures;
  right: SideFigures;
  /** right − left, when both state an amount. */
  change?: Fen;
  growthPct?: number;
  /** Share points, right − left. */
  shareChange?: number;
}

export interface ComparedCategory extends ComparedFigures {
  id: string;
  name: string;
  nameEn?: string;
  depth: number;
  /** Whether the category exists on each side (a stated 0 exists; a missing line does not). */
  presence: 'both' | 'leftOnly' | 'rightOnly';
}

export const HEADLINE_KEYS = ['total', 'basic', 'project', 'personnel', 'publicOperating', 'threePublic', 'operatingExpenses'] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

export interface HeadlineRow extends ComparedFigures {
  key: HeadlineKey;
}

export interface Comparison {
  kind: ComparisonKind;
  left: BudgetModel;
  right: BudgetModel;
  /** True when the two files use different units (reconciled through 分). */
  unitsDiffer: boolean;
  /** The filtered category, matched on both sides (undefined: all spending). */
  scope?: ComparedCategory;
  /** The categories one level under the scope (the 类 without a filter); a 项 scope lists itself. */
  rows: ComparedCategory[];
  /** Topmost categories under the scope present only on the right / only on the left. */
  appeared: ComparedCategory[];
  disappeared: ComparedCategory[];
  /**
   * Categories one side breaks down and the other states only as a whole (a 类
   * with an amount and no 款): their parts are not "only on one side", so they are
   * named here instead. `side` is the side that gives no breakdown.
   */
  undivided: { category: ComparedCategory; side: 'left' | 'right' }[];
  /** Total, basic/project, personnel/public, 三公, 机关运行经费: each stated figure on both sides. */
  headline: HeadlineRow[];
  /** People in service on each side (the divisor of every per-person figure). */
  people: { left?: number; right?: number };
}

function perPerson(amount: Fen | undefined, people: number | undefined): Fen | undefined {
  if (amount === undefined || people === undefined || people <= 0) return undefined;
  return Math.round(amount / people) as Fen;
}

function side(budget: BudgetModel, amount: Fen | undefined): SideFigures {
  const share = percentOf(amount, budget.total);
  const each = perPerson(amount, budget.staffing?.inService?.total);
  return { ...(amount !== undefined ? { amount } : {}), ...(share !== undefined ? { share } : {}), ...(each !== undefined ? { perPerson: each } : {}) };
}

function figures(left: BudgetModel, right: BudgetModel, l: Fen | undefined, r: Fen | undefined): ComparedFigures {
  const a = side(left, l);
  const b = side(right, r);
  const growth = growthPct(b.amount, a.amount);
  return {
    left: a,
    right: b,
    ...(a.amount !== undefined && b.amount !== undefined ? { change: subtract(b.amount, a.amount) } : {}),
    ...(growth !== undefined ? { growthPct: growth } : {}),
    ...(a.share !== undefined && b.share !== undefined ? { shareChange: b.share - a.share } : {}),
  };
}

function compared(left: BudgetModel, right: BudgetModel, l: CategoryNode | undefined, r: CategoryNode | undefined): ComparedCategory {
  const label = (l ?? r)!;
  return {
    id: label.id,
    name: label.name,
    ...(label.nameEn ? { nameEn: label.nameEn } : {}),
    depth: label.depth,
    presence: l && r ? 'both' : l ? 'leftOnly' : 'rightOnly',
    ...figures(left, right, l ? effectiveAmount(l) : undefined, r ? effectiveAmount(r) : undefined),
  };
}

function headlineAmount(budget: BudgetModel, key: HeadlineKey): Fen | undefined {
  if (key === 'total') return budget.total;
  if (key === 'threePublic') return budget.threePublic?.total;
  if (key === 'operatingExpenses') return budget.operatingExpenses;
  return budget.spending[key];
}

function byId(nodes: readonly CategoryNode[]): Map<string, CategoryNode> {
  return new Map(flattenCategories(nodes).map((node) => [node.id, node]));
}

/** Ids of the nodes one level under `scope` (the roots without one), in document order, left first. */
function childIds(scope: string | undefined, leftIds: Map<string, CategoryNode>, rightIds: Map<string, CategoryNode>): string[] {
  const depth = scope === undefined ? 0 : scope.split(CATEGORY_PATH_SEPARATOR).length;
  const ids = [...leftIds.keys(), ...rightIds.keys()].filter(
    (id) => id.split(CATEGORY_PATH_SEPARATOR).length === depth + 1 && (scope === undefined || isWithin(id, scope)),
  );
  return [...new Set(ids)];
}

export function comparisonKind(a: BudgetModel, b: BudgetModel): ComparisonKind {
  return a.department.name === b.department.name ? 'years' : 'units';
}

function magnitude(row: ComparedCategory): number {
  return Math.max(row.left.amount ?? 0, row.right.amount ?? 0);
}

/** Compares the budget on screen with another; `filterId` is the active category filter. */
export function compareBudgets(current: BudgetModel, other: BudgetModel, filterId?: string): Comparison {
  const kind = comparisonKind(current, other);
  const [left, right] = kind === 'years' && other.fiscalYear < current.fiscalYear ? [other, current] : [current, other];
  const leftIds = byId(left.functional);
  const rightIds = byId(right.functional);
  const scopeNode = filterId === undefined ? undefined : (leftIds.get(filterId) ?? rightIds.get(filterId));
  const scopeId = scopeNode?.id;
  const row = (id: string) => compared(left, right, leftIds.get(id), rightIds.get(id));

  const children = childIds(scopeId, leftIds, rightIds);
  const rows = (children.length > 0 ? children.map(row) : scopeId ? [row(scopeId)] : []).sort((a, b) => magnitude(b) - magnitude(a));

  const parentOf = (id: string) => id.split(CATEGORY_PATH_SEPARATOR).slice(0, -1).join(CATEGORY_PATH_SEPARATOR);
  // The other side states this line's parent as a whole, with no parts at all: not a line it lacks.
  const wholeOnly = (id: string, theirs: Map<string, CategoryNode>) => theirs.get(parentOf(id))?.children.length === 0;
  // Only the topmost new or missing category: a new 类 is listed, not each of its 款 and 项.
  const topmost = (mine: Map<string, CategoryNode>, theirs: Map<string, CategoryNode>) =>
    [...mine.keys()]
      .filter((id) => !theirs.has(id) && (scopeId === undefined || isWithin(id, scopeId)))
      .filter((id) => {
        const parent = parentOf(id);
        return (parent === '' || theirs.has(parent)) && !wholeOnly(id, theirs);
      })
      .map(row);
  const undivided = (mine: Map<string, CategoryNode>, theirs: Map<string, CategoryNode>, side: 'left' | 'right') =>
    [...theirs.values()]
      .filter(
        (node) =>
          node.children.length > 0 &&
          mine.get(node.id)?.children.length === 0 &&
          (scopeId === undefined || isWithin(node.id, scopeId) || isWithin(scopeId, node.id)),
      )
      .map((node) => ({ category: row(node.id), side }));

  const leftPeople = left.staffing?.inService?.total;
  const rightPeople = right.staffing?.inService?.total;
  return {
    kind,
    left,
    right,
    unitsDiffer: left.unit !== right.unit,
    ...(scopeId ? { scope: row(scopeId) } : {}),
    rows,
    appeared: topmost(rightIds, leftIds),
    disappeared: topmost(leftIds, rightIds),
    undivided: [...undivided(leftIds, rightIds, 'left'), ...undivided(rightIds, leftIds, 'right')],
    headline: HEADLINE_KEYS.map((key) => ({ key, ...figures(left, right, headlineAmount(left, key), headlineAmount(right, key)) })).filter(
      (h) => h.left.amount !== undefined || h.right.amount !== undefined,
    ),
    people: { ...(leftPeople !== undefined ? { left: leftPeople } : {}), ...(rightPeople !== undefined ? { right: rightPeople } : {}) },
  };
}
