/** Counting, filtering and measuring findings for display; pure, so the screen only renders. */
import { isWithin } from '../categoryTree';
import { subtract } from '../money';
import type { Finding, FindingStatus, FindingValue } from './types';

export type FindingCounts = Record<FindingStatus, number>;

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { mismatch: 0, missing: 0, pass: 0 };
  for (const f of findings) counts[f.status] += 1;
  return counts;
}

/**
 * Findings about the filtered branch: the category itself, anything inside it,
 * and the lines above it (a 类's roll-up concerns each of its 项).
 */
export function findingsForCategory(findings: readonly Finding[], categoryId: string): Finding[] {
  return findings.filter((f) => f.categoryId !== undefined && (isWithin(f.categoryId, categoryId) || isWithin(categoryId, f.categoryId)));
}

/** Computed minus stated, in the finding's own kind (分 or percentage points). */
export function findingDifference(finding: Finding): FindingValue | undefined {
  const { stated, computed } = finding;
  if (!stated || !computed) return undefined;
  if (stated.kind === 'money' && computed.kind === 'money') return { kind: 'money', value: subtract(computed.value, stated.value) };
  if (stated.kind === 'percent' && computed.kind === 'percent') return { kind: 'percent', value: computed.value - stated.value };
  return undefined;
}
