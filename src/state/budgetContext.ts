/** The budget on screen, provided once by the app shell to every feature. */
import { createContext, useContext } from 'react';
import type { LoadedBudget } from '@/data/loadedBudget';
import type { BudgetModel } from '@/domain/model';

export const BudgetContext = createContext<LoadedBudget | null>(null);

export function useLoadedBudget(): LoadedBudget {
  const loaded = useContext(BudgetContext);
  if (!loaded) throw new Error('useLoadedBudget outside a BudgetContext provider');
  return loaded;
}

export function useBudgetModel(): BudgetModel {
  return useLoadedBudget().model;
}
