/** Checks a budget's arithmetic against itself: problems first, passes after. */
import type { BudgetModel } from '../model';
import { statedFindings } from './statedChecks';
import { sumFindings } from './sumChecks';
import type { Finding } from './types';

export type { Finding, FindingCheck, FindingStatus, FindingSubject, FindingValue } from './types';
export { countFindings, findingDifference, findingsForCategory, type FindingCounts } from './select';
export { countGroups, groupFindings, groupFindingsOf, isRounding, lastDigitStep, type FindingGroup, type GroupCounts, type GroupKind } from './groups';

const ORDER = { mismatch: 0, missing: 1, pass: 2 } as const;

export function computeFindings(budget: BudgetModel): Finding[] {
  const all = [...sumFindings(budget), ...statedFindings(budget)];
  // Array.prototype.sort is stable: within a status, findings keep the order they were checked in.
  return all.sort((a, b) => ORDER[a.status] - ORDER[b.status]);
}
