import { resolveFilter, type FilterSelection } from '@/domain/categoryFilter';
import type { BudgetModel } from '@/domain/model';
import { useCategoryFilter } from './viewState';

/** The category the address filters by, resolved in this budget (undefined when none is set or it names no category here). */
export function useFilterSelection(budget: BudgetModel): FilterSelection | undefined {
  const [filterId] = useCategoryFilter();
  return resolveFilter(budget, filterId);
}
