/**
 * The revenue headline: the total of the sources, not the largest one. When every
 * source states its amount the total is their sum (what the document's revenue
 * table adds up to); when one is unstated, the stated 收支总预算, which by the
 * budget's identity is total revenue.
 */
import type { BudgetModel } from '../model';
import { sum, type Fen } from '../money';
import type { SpecRow } from './spec';
import { revenueSpec } from './amountSpecs';

export interface RevenueTotal {
  value: Fen;
  /** The sources, largest first, with their share of the total budget. */
  sources: SpecRow[];
}

export function revenueTotal(budget: BudgetModel): RevenueTotal | undefined {
  const sources = revenueSpec(budget).rows;
  if (sources.length === 0) return undefined;
  const stated = sources.flatMap((r) => (r.value === undefined ? [] : [r.value]));
  return { value: stated.length === sources.length ? sum(stated) : budget.total, sources };
}
