/**
 * Findings grouped by root cause, so a manager sees one problem once and knows
 * how serious it is. A money difference no larger than the document's last
 * digit is rounding; a sum whose difference is exactly the rounding of the
 * lines inside it follows from that rounding and joins its group rather than
 * counting again. Anything else is a material error and comes first.
 */
import { CATEGORY_PATH_SEPARATOR, type BudgetModel, type CategoryNode } from '../model';
import { decimalsOf, sum, type Fen } from '../money';
import { flattenCategories } from '../categoryTree';
import { findingDifference } from './select';
import type { Finding } from './types';

export type GroupKind = 'material' | 'rounding' | 'missing' | 'pass';

export interface FindingGroup {
  id: string;
  kind: GroupKind;
  /** The findings that are the cause, in checking order. */
  causes: Finding[];
  /** Findings that only repeat the cause in a larger sum. */
  consequences: Finding[];
}

/** The step of the document's last digit in 分: 0.01 万元 when its finest figure has two decimals. */
export function lastDigitStep(budget: BudgetModel): Fen {
  const amounts: Fen[] = [budget.total, ...flattenCategories(budget.functional).flatMap((n: CategoryNode) => (n.amount === undefined ? [] : [n.amount]))];
  let step = 1;
  // The largest power of ten every stated amount is a multiple of, up to one unit (ten units of 分 per digit).
  while (amounts.every((a) => a % (step * 10) === 0) && step * 10 <= 10 ** 10) step *= 10;
  return step as Fen;
}

/** True when a mismatch lies within the document's last digit (money) or one unit of its stated last decimal (percent). */
export function isRounding(finding: Finding, step: Fen): boolean {
  const diff = findingDifference(finding);
  if (finding.status !== 'mismatch' || !diff) return false;
  if (diff.kind === 'money') return Math.abs(diff.value) <= step;
  const stated = finding.stated?.value ?? 0;
  return Math.abs(diff.value) <= 10 ** -decimalsOf(stated) + 1e-9;
}

const isTopClassRollup = (f: Finding) => f.check === 'partsVsWhole' && f.subject.kind === 'category' && !f.categoryId?.includes(CATEGORY_PATH_SEPARATOR);
const moneyDiff = (f: Finding) => {
  const d = findingDifference(f);
  return d?.kind === 'money' ? d.value : undefined;
};

/**
 * The 项 against the total differ by exactly what the 类 roll-ups differ by: the same
 * difference seen again. Returns the 类 roll-ups it follows from, or undefined.
 */
function leavesFollowFrom(leaves: Finding | undefined, mismatches: readonly Finding[]): Finding[] | undefined {
  const leavesDiff = leaves ? moneyDiff(leaves) : undefined;
  const classes = mismatches.filter(isTopClassRollup);
  if (leavesDiff === undefined || classes.length === 0) return undefined;
  return sum(classes.map((f) => moneyDiff(f) ?? (0 as Fen))) === leavesDiff ? classes : undefined;
}

export function groupFindings(findings: readonly Finding[], budget: BudgetModel): FindingGroup[] {
  const step = lastDigitStep(budget);
  const mismatches = findings.filter((f) => f.status === 'mismatch');
  const rounding = mismatches.filter((f) => isRounding(f, step));
  const material = mismatches.filter((f) => !rounding.includes(f));
  const leaves = mismatches.find((f) => f.id === 'sum:leaves');
  const causes = leavesFollowFrom(leaves, mismatches);
  // A sum that only repeats its lines joins the error it repeats, or the rounding when that is all there is.
  const owner = causes?.find((f) => material.includes(f));

  const groups: FindingGroup[] = [];
  for (const f of material) {
    if (causes && f === leaves) continue;
    groups.push({ id: f.id, kind: 'material', causes: [f], consequences: leaves && f === owner ? [leaves] : [] });
  }
  const roundingCauses = causes?.filter((f) => rounding.includes(f)) ?? [];
  const roundingOwnsLeaves = leaves !== undefined && causes !== undefined && owner === undefined;
  if (roundingCauses.length > 0) {
    groups.push({ id: `rounding:${roundingCauses[0]!.id}`, kind: 'rounding', causes: roundingCauses, consequences: roundingOwnsLeaves ? [leaves] : [] });
  }
  for (const f of rounding) {
    if (roundingCauses.includes(f) || (causes && f === leaves)) continue;
    groups.push({ id: f.id, kind: 'rounding', causes: [f], consequences: [] });
  }
  for (const f of findings.filter((x) => x.status === 'missing')) groups.push({ id: f.id, kind: 'missing', causes: [f], consequences: [] });
  for (const f of findings.filter((x) => x.status === 'pass')) groups.push({ id: f.id, kind: 'pass', causes: [f], consequences: [] });
  return groups;
}

export type GroupCounts = Record<GroupKind, number>;

/** Problems counted once per root cause. */
export function countGroups(groups: readonly FindingGroup[]): GroupCounts {
  const counts: GroupCounts = { material: 0, rounding: 0, missing: 0, pass: 0 };
  for (const g of groups) counts[g.kind] += 1;
  return counts;
}

export const groupFindingsOf = (group: FindingGroup): Finding[] => [...group.causes, ...group.consequences];
