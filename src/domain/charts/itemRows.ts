/**
 * The detail table: every 项 (or the deepest line a branch has) with its 类/款 path,
 * and its total against the figure the document states for the same whole. A 类
 * listed with neither an amount nor a breakdown (the seed's 教育支出) is not a line
 * of spending: it is named apart, not counted as one.
 */
import { categoryTrail, effectiveAmount, findCategory, isWithin } from '../categoryTree';
import type { BudgetModel, CategoryNode } from '../model';
import { sum, type Fen } from '../money';
import { percentOf } from '../percent';
import { sortByValue, type SpecRow } from './spec';

export interface ItemRow extends SpecRow {
  code?: string;
  /** The 类 and 款 above the line, top first (empty for a 类 without children). */
  path: Pick<CategoryNode, 'id' | 'name' | 'nameEn'>[];
  /** What the document says the money is mainly for (主要用于…). */
  purpose?: string;
}

/** Lines under the filter (or the filtered line itself), largest first, unstated last. */
export function itemRows(budget: BudgetModel, filterId?: string): ItemRow[] {
  // An id that names no line (a stale link) filters nothing, as everywhere else.
  const filter = categoryTrail(budget.functional, filterId).length > 0 ? filterId : undefined;
  const out: ItemRow[] = [];
  const visit = (nodes: readonly CategoryNode[], path: CategoryNode[]) => {
    for (const node of nodes) {
      if (node.children.length > 0) {
        visit(node.children, [...path, node]);
        continue;
      }
      if (filter !== undefined && !isWithin(node.id, filter)) continue;
      const value = effectiveAmount(node);
      if (path.length === 0 && value === undefined) continue;
      const share = percentOf(value, budget.total);
      out.push({
        key: node.id,
        name: node.name,
        ...(node.nameEn ? { nameEn: node.nameEn } : {}),
        ...(node.code ? { code: node.code } : {}),
        path: path.map(({ id, name, nameEn }) => ({ id, name, ...(nameEn ? { nameEn } : {}) })),
        ...(value !== undefined ? { value } : {}),
        ...(share !== undefined ? { share } : {}),
        ...(node.purpose ? { purpose: node.purpose } : {}),
        filterId: node.id,
      });
    }
  };
  visit(budget.functional, []);
  return sortByValue(out) as ItemRow[];
}

/** 类 the document lists with no amount and no breakdown, under the filter. */
export function emptyClasses(budget: BudgetModel, filterId?: string): CategoryNode[] {
  return budget.functional.filter((n) => n.amount === undefined && n.children.length === 0 && (filterId === undefined || isWithin(n.id, filterId)));
}

export interface ItemTotal {
  /** The stated lines added up. */
  sum: Fen;
  /** What the document states for the same whole: the filtered category, else the total budget. */
  stated?: Fen;
}

/** The table's total row: its lines added up, beside the document's own figure for them. */
export function itemTotal(budget: BudgetModel, rows: readonly ItemRow[], filterId?: string): ItemTotal {
  const node = filterId === undefined ? undefined : findCategory(budget.functional, filterId);
  const stated = node ? node.amount : budget.total;
  return { sum: sum(rows.flatMap((r) => (r.value === undefined ? [] : [r.value]))), ...(stated !== undefined ? { stated } : {}) };
}
