/** The detail table: every 项 (or the deepest line a branch has) with its 类/款 path. */
import { categoryTrail, effectiveAmount, isWithin } from '../categoryTree';
import type { BudgetModel, CategoryNode } from '../model';
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
