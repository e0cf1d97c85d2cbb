/** Year-over-year changes of the headline figures, computed (never copied from the text). */
import type { BudgetModel } from './model';
import { subtract, type Fen } from './money';
import { growthPct } from './percent';

export interface Change {
  current?: Fen;
  previous?: Fen;
  previousYear?: number;
  /** current − previous, when both are stated. */
  change?: Fen;
  growthPct?: number;
  /** The reason the document gives, if any. */
  reason?: string;
}

function change(current: Fen | undefined, previous: Fen | undefined, previousYear: number | undefined, reason: string | undefined): Change {
  const diff = current !== undefined && previous !== undefined ? subtract(current, previous) : undefined;
  const growth = growthPct(current, previous);
  return {
    ...(current !== undefined ? { current } : {}),
    ...(previous !== undefined ? { previous } : {}),
    ...(previousYear !== undefined ? { previousYear } : {}),
    ...(diff !== undefined ? { change: diff } : {}),
    ...(growth !== undefined ? { growthPct: growth } : {}),
    ...(reason ? { reason } : {}),
  };
}

export function totalChange(budget: BudgetModel): Change {
  return change(budget.total, budget.previousYear?.total, budget.previousYear?.fiscalYear, budget.stated.totalChangeReason);
}

export function operatingExpensesChange(budget: BudgetModel): Change {
  return change(budget.operatingExpenses, budget.previousYear?.operatingExpenses, budget.previousYear?.fiscalYear, budget.stated.operatingExpensesChangeReason);
}
