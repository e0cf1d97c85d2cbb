/** A budget ready to show: what every budget query gives and the app shell provides to every feature. */
import type { Budget } from './budgetSchema';
import type { BudgetModel } from '@/domain/model';

export interface LoadedBudget {
  /** The file as validated (for export and the deck's source note). */
  file: Budget;
  model: BudgetModel;
  /** Where it came from: a URL or a stored dataset id. */
  sourceId: string;
}
