/** Checks a budget's arithmetic against itself: problems first, passes after. */
import type { BudgetModel } from '../model';
import { statedFindings } from './statedChecks';
import { sumFindings } from './sumChecks';
import type { Finding } from './types';

export type { Finding, FindingCheck, FindingStatus, FindingSubject, FindingValue } from './types';

const ORDER = { mismatch: 0, missing: 1, pass: 2 } as const;

export function computeFindings(budget: BudgetModel): Finding[] {
  const all = [...sumFindings(budget), ...statedFindings(budget)];
  return all.map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.status] - ORDER[b.f.status] || a.i - b.i).map(({ f }) => f);
}
