/**
 * Milestone statuses of the dataset on screen (kept per dataset: a stored
 * dataset's id, the seed's or a `?data=` file's URL) and the "as of" day that
 * decides what is overdue (`?asof=YYYY-MM-DD`, else today; shown inside the
 * fiscal year).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { importChange, saveAllChange, statusChange } from '@/data/milestoneChange';
import { EMPTY_STATUSES, milestonesFor, type SaveState, type StatusSnapshot } from '@/data/milestoneStore';
import { asOfPosition, clampAsOf, isoDay, type MilestoneStatus } from '@/domain/milestoneStatus';
import { useLoadedBudget } from './budgetContext';
import { useParam } from './urlState';

export interface MilestoneStatuses extends StatusSnapshot {
  /** Records the fields of a step the user changed; the others stay as stored (another tab may have changed them). */
  set: (milestoneId: string, fields: Partial<MilestoneStatus>) => Promise<SaveState>;
  setMany: (changes: ReadonlyMap<string, MilestoneStatus>) => Promise<SaveState>;
  /** Saves every status shown again (after the stored ones were deleted elsewhere). */
  saveAll: () => Promise<SaveState>;
}

export function useMilestoneStatuses(): MilestoneStatuses {
  const { sourceId } = useLoadedBudget();
  const client = useQueryClient();
  const store = milestonesFor(client);
  const snapshot = useQuery(store.queryOptions(sourceId)).data ?? EMPTY_STATUSES;
  const { mutateAsync } = useMutation(store.mutationOptions(sourceId));
  useEffect(() => {
    // A reload in the few milliseconds a write takes would drop the last keystrokes: ask first.
    const guard = (event: BeforeUnloadEvent) => {
      if (store.isWriting()) event.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [store]);
  // Each change is computed from what the cache shows at the moment of the edit, as the user saw it.
  const current = useCallback(() => store.getSnapshot(sourceId).statuses, [store, sourceId]);
  const set = useCallback((id: string, fields: Partial<MilestoneStatus>) => mutateAsync(statusChange(current(), id, fields)), [mutateAsync, current]);
  const setMany = useCallback((changes: ReadonlyMap<string, MilestoneStatus>) => mutateAsync(importChange(current(), changes)), [mutateAsync, current]);
  const saveAll = useCallback(() => mutateAsync(saveAllChange(current())), [mutateAsync, current]);
  return { ...snapshot, set, setMany, saveAll };
}

export interface AsOfDate {
  /** The day overdue is judged on, inside the fiscal year. */
  asOf: string;
  /** True when the URL names no day (today is used). */
  isToday: boolean;
  /** True when the chosen day (or today) lies outside the fiscal year and was moved into it. */
  clamped: boolean;
  setAsOf: (day: string | undefined) => void;
}

export function useAsOfDate(fiscalYear: number): AsOfDate {
  const [param, setParam] = useParam('asof');
  const chosen = param !== null && asOfPosition(param, fiscalYear) !== undefined ? param : undefined;
  const day = chosen ?? isoDay(new Date());
  const asOf = clampAsOf(day, fiscalYear);
  return { asOf, isToday: chosen === undefined, clamped: asOf !== day, setAsOf: (next) => setParam(next ?? null) };
}
