/** Specs for the amount charts: 类/款/项, revenue, basic vs project, personnel vs public. */
import { categoryTrail, isWithin } from '../categoryTree';
import type { BudgetModel, CategoryNode } from '../model';
import type { Fen } from '../money';
import { percentOf } from '../percent';
import { categoryRow } from './categoryRow';
import { foldTail, sortByValue, type AmountSpec, type SpecRow } from './spec';
import { TERMS } from './terms';

function withShares(rows: SpecRow[], total: Fen | undefined): SpecRow[] {
  return rows.map((row) => {
    const share = percentOf(row.value, total);
    return share === undefined ? row : { ...row, share };
  });
}

/** Accent for the row that is, or contains, the filter's category; grey for the rest. */
function filteredRow(node: CategoryNode, filterId: string | undefined): SpecRow {
  const row = categoryRow(node);
  if (filterId === undefined) return row;
  return isWithin(filterId, node.id) ? { ...row, selected: true } : { ...row, dimmed: true };
}

/**
 * Spending by function: the 类, or the children of `drillId` when drilled into a
 * 类 or 款. The filter highlights its branch; shares are of the whole budget.
 */
export function functionalSpec(budget: BudgetModel, filterId?: string, drillId?: string): AmountSpec {
  const parent = categoryTrail(budget.functional, drillId).at(-1);
  const nodes = parent ? parent.children : budget.functional;
  const rows = foldTail(sortByValue(nodes.map((n) => filteredRow(n, filterId))));
  return { id: parent ? `functional:${parent.id}` : 'functional', kind: 'bar', rows: withShares(rows, budget.total), total: budget.total };
}

/** Every 项 (leaf) under the filter, largest first, for the detail table. */
export function leafRows(budget: BudgetModel, filterId?: string): SpecRow[] {
  const out: SpecRow[] = [];
  const visit = (nodes: readonly CategoryNode[]) => {
    for (const node of nodes) {
      if (node.children.length > 0) visit(node.children);
      else if (filterId === undefined || isWithin(node.id, filterId) || isWithin(filterId, node.id)) out.push(categoryRow(node));
    }
  };
  visit(budget.functional);
  return withShares(sortByValue(out), budget.total);
}

function partsSpec(id: string, parts: { key: keyof typeof TERMS; value: Fen | undefined }[], total: Fen | undefined): AmountSpec {
  const rows = parts.map(({ key, value }) => ({ key, ...TERMS[key], ...(value !== undefined ? { value } : {}) }));
  return { id, kind: 'donut', rows: withShares(rows, total), ...(total !== undefined ? { total } : {}) };
}

export function revenueSpec(budget: BudgetModel): AmountSpec {
  const rows = budget.revenue.map((r, i) => ({ key: `revenue-${i}`, name: r.name, ...(r.nameEn ? { nameEn: r.nameEn } : {}), ...(r.amount !== undefined ? { value: r.amount } : {}) }));
  return { id: 'revenue', kind: rows.length <= 4 ? 'donut' : 'bar', rows: withShares(sortByValue(rows), budget.total), total: budget.total };
}

export function basicProjectSpec(budget: BudgetModel): AmountSpec {
  return partsSpec('basicProject', [{ key: 'basic', value: budget.spending.basic }, { key: 'project', value: budget.spending.project }], budget.total);
}

export function personnelPublicSpec(budget: BudgetModel): AmountSpec {
  const { personnel, publicOperating, basic } = budget.spending;
  return partsSpec('personnelPublic', [{ key: 'personnel', value: personnel }, { key: 'publicOperating', value: publicOperating }], basic);
}
