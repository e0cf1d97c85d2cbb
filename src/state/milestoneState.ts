/**
 * Milestone statuses of the dataset on screen (kept per dataset: a stored
 * dataset's id, the seed's or a `?data=` file's URL) and the "as of" day that
 * decides what is overdue (`?asof=YYYY-MM-DD`, else today; shown inside the
 * fiscal year).
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { milestoneStore, type SaveState, type StatusSnapshot } from '@/data/milestoneStore';
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
  useEffect(() => {
    void milestoneStore.load(sourceId);
  }, [sourceId]);
  useEffect(() => {
    // A reload in the few milliseconds a write takes would drop the last keystrokes: ask first.
    const guard = (event: BeforeUnloadEvent) => {
      if (milestoneStore.isWriting()) event.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, []);
  const read = useCallback(() => milestoneStore.getSnapshot(sourceId), [sourceId]);
  const snapshot = useSyncExternalStore(milestoneStore.subscribe, read, read);
  const set = useCallback((id: string, fields: Partial<MilestoneStatus>) => milestoneStore.set(sourceId, id, fields), [sourceId]);
  const setMany = useCallback((changes: ReadonlyMap<string, MilestoneStatus>) => milestoneStore.setMany(sourceId, changes), [sourceId]);
  const saveAll = useCallback(() => milestoneStore.saveAll(sourceId), [sourceId]);
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
