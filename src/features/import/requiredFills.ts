/**
 * What the user types for the fields a draft lacks (the unit's name, the year,
 * the total), put into the budget file before the review's corrections. Only a
 * usable value is written: an empty or non-numeric entry leaves the field absent,
 * so validation keeps the file from being saved.
 */
import type { ValidationIssue } from '@/data/parseBudget';
import type { RequiredField } from '@/importer/types';

export type Fills = Readonly<Partial<Record<RequiredField, string>>>;

export type FillProblem = 'required' | 'notNumber' | 'notYear';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export function fillProblem(field: RequiredField, raw: string | undefined): FillProblem | undefined {
  const text = (raw ?? '').trim();
  if (text === '') return 'required';
  if (field === 'department.name') return undefined;
  const value = Number(text);
  if (Number.isNaN(value)) return 'notNumber';
  return field === 'fiscalYear' && !Number.isInteger(value) ? 'notYear' : undefined;
}

export function withFills(value: Json, toFill: readonly RequiredField[], fills: Fills): Json {
  const out: Json = { ...value };
  for (const field of toFill) {
    const raw = fills[field]?.trim() ?? '';
    const usable = fillProblem(field, raw) === undefined;
    if (field === 'department.name') {
      const department: Json = { ...(isObject(value.department) ? value.department : {}) };
      if (usable) department.name = raw;
      out.department = department;
    } else if (usable) out[field] = Number(raw);
    else delete out[field];
  }
  return out;
}

/** Validation problems that belong to a field being filled in (shown beside its input, not in the list at the end). */
export function fillOf(issue: ValidationIssue, toFill: readonly RequiredField[]): RequiredField | undefined {
  return toFill.find((field) => issue.path === field || (field === 'department.name' && issue.path === 'department'));
}
