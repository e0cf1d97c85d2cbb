/**
 * The one category filter every view obeys. It is the id of a 类, 款 or 项
 * (see CategoryNode.id); undefined means "all spending".
 */
import { categoryTrail, effectiveAmount } from './categoryTree';
import type { BudgetModel, CategoryNode } from './model';
import type { Fen } from './money';
import { percentOf } from './percent';

export interface FilterSelection {
  node: CategoryNode;
  trail: CategoryNode[];
  amount?: Fen;
  /** Share of the total budget, in percent. */
  shareOfTotal?: number;
}

/** Resolves a filter id against a budget; unknown ids select nothing. */
export function resolveFilter(budget: BudgetModel, filterId: string | undefined): FilterSelection | undefined {
  const trail = categoryTrail(budget.functional, filterId);
  const node = trail.at(-1);
  if (!node) return undefined;
  const amount = effectiveAmount(node);
  const share = percentOf(amount, budget.total);
  return { node, trail, ...(amount !== undefined ? { amount } : {}), ...(share !== undefined ? { shareOfTotal: share } : {}) };
}
