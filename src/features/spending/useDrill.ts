/** The drill level and the category filter, read from and written to the URL together. */
import { drillSpec, type DrillRow, type DrillSpec } from '@/domain/charts/drillSpec';
import type { CategoryNode } from '@/domain/model';
import { useBudgetModel } from '@/state/budgetContext';
import { useDrillState } from '@/state/viewState';

export interface Drill {
  spec: DrillSpec;
  /** A bar or table row chosen: drill into it, or filter by a line that has nothing below. */
  choose: (row: DrillRow) => void;
  /** A breadcrumb chosen: show that level (undefined = all) and filter by it. */
  goTo: (node: CategoryNode | undefined) => void;
}

export function useDrill(): Drill {
  const budget = useBudgetModel();
  const [{ cat: filterId, drill: drillId }, set] = useDrillState();
  const spec = drillSpec(budget, filterId, drillId);
  const level = spec.trail.at(-1)?.id;

  // One history entry per step, so the browser's Back button walks back up.
  const choose = (row: DrillRow) => {
    if (!row.filterId) return;
    if (row.drillable) set({ drill: row.filterId, cat: row.filterId });
    else set({ drill: level, cat: row.filterId === filterId ? level : row.filterId });
  };
  const goTo = (node: CategoryNode | undefined) => set({ drill: node?.id, cat: node?.id });
  return { spec, choose, goTo };
}
