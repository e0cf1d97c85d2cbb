/** The staffing chart: posts and people, in 人, as the document states them. */
import type { BudgetModel } from '../model';
import { staffingSummary } from '../staffing';
import { TERMS } from './terms';

export interface CountRow {
  key: 'authorized' | 'inService' | 'vacant' | 'overAuthorized' | 'retired' | 'offDutyRetired';
  name: string;
  nameEn: string;
  /** Undefined when the document does not state it (drawn as "not stated", never 0). */
  value?: number;
}

export interface CountSpec {
  id: string;
  unit: '人';
  rows: CountRow[];
}

function row(key: CountRow['key'], value: number | undefined): CountRow {
  return { key, ...TERMS[key], ...(value !== undefined ? { value } : {}) };
}

/**
 * Authorized, in service, vacant (or above authorized), retired and off-duty retired.
 * Vacancy is a computed row, so it appears only when both of its inputs are stated.
 */
export function staffingSpec(budget: BudgetModel): CountSpec {
  const s = staffingSummary(budget);
  const gap = s.overAuthorized !== undefined ? row('overAuthorized', s.overAuthorized) : s.vacant !== undefined ? row('vacant', s.vacant) : undefined;
  const rows = [
    row('authorized', s.authorized),
    row('inService', s.inService),
    ...(gap ? [gap] : []),
    row('retired', s.retired),
    row('offDutyRetired', s.offDutyRetired),
  ];
  return { id: 'staffing', unit: '人', rows };
}

/** True when the spec has at least one stated figure worth drawing. */
export function hasCounts(spec: CountSpec): boolean {
  return spec.rows.some((r) => r.value !== undefined);
}
