/** Year-over-year changes of the headline figures, computed (never copied from the text). */
import type { BudgetModel } from './model';
import { subtract, type Fen } from './money';
import { growthPct, matchesAtStatedPrecision } from './percent';

export interface Change {
  current?: Fen;
  previous?: Fen;
  previousYear?: number;
  /** current − previous, when both are stated. */
  change?: Fen;
  growthPct?: number;
  /** The reason the document gives, if any. */
  reason?: string;
  /**
   * The growth rate the document states, only when it differs from the computed one
   * at its own precision: whoever shows the computed rate must name this one beside it.
   */
  statedGrowthPct?: number;
}

function change(
  current: Fen | undefined,
  previous: Fen | undefined,
  previousYear: number | undefined,
  reason: string | undefined,
  statedGrowth: number | undefined,
): Change {
  const diff = current !== undefined && previous !== undefined ? subtract(current, previous) : undefined;
  const growth = growthPct(current, previous);
  const differs = statedGrowth !== undefined && growth !== undefined && !matchesAtStatedPrecision(statedGrowth, growth);
  return {
    ...(current !== undefined ? { current } : {}),
    ...(previous !== undefined ? { previous } : {}),
    ...(previousYear !== undefined ? { previousYear } : {}),
    ...(diff !== undefined ? { change: diff } : {}),
    ...(growth !== undefined ? { growthPct: growth } : {}),
    ...(reason ? { reason } : {}),
    ...(differs ? { statedGrowthPct: statedGrowth } : {}),
  };
}

export function totalChange(budget: BudgetModel): Change {
  return change(budget.total, budget.previousYear?.total, budget.previousYear?.fiscalYear, budget.stated.totalChangeReason, budget.stated.totalGrowthPct);
}

export function operatingExpensesChange(budget: BudgetModel): Change {
  return change(
    budget.operatingExpenses,
    budget.previousYear?.operatingExpenses,
    budget.previousYear?.fiscalYear,
    budget.stated.operatingExpensesChangeReason,
    budget.stated.operatingExpensesGrowthPct,
  );
}
