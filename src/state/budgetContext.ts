/** The budget on screen, provided once by the app shell to every feature. */
import { createContext, useContext } from 'react';
import type { Budget } from '@/data/budgetSchema';
import type { BudgetModel } from '@/domain/model';

export interface LoadedBudget {
  /** The file as validated (for export and the deck's source note). */
  file: Budget;
  model: BudgetModel;
  /** Where it came from: a URL or a stored dataset id. */
  sourceId: string;
}

export const BudgetContext = createContext<LoadedBudget | null>(null);

export function useLoadedBudget(): LoadedBudget {
  const loaded = useContext(BudgetContext);
  if (!loaded) throw new Error('useLoadedBudget outside a BudgetContext provider');
  return loaded;
}

export function useBudgetModel(): BudgetModel {
  return useLoadedBudget().model;
}
