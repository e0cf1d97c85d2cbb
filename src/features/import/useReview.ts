/**
 * The user's corrections (as typed) and what they make: the corrected file and
 * its validation problems, each placed beside the figure it belongs to.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Budget } from '@/data/budgetSchema';
import { parseBudgetValue, type ValidationIssue } from '@/data/parseBudget';
import { applyCorrections } from './applyCorrections';

export interface Review {
  /** What the user typed per report path; absent = the importer's value stands. */
  edits: ReadonlyMap<string, string>;
  setEdit: (path: string, raw: string | undefined) => void;
  /** The corrected value of an edited path: a number, undefined for "not stated", NaN for not a number. */
  corrected: (path: string) => number | undefined;
  issuesOf: (path: string) => readonly ValidationIssue[];
  /** Problems not tied to one input. */
  otherIssues: readonly ValidationIssue[];
  problemCount: number;
  /** The budget file with the corrections, valid or not. */
  value: unknown;
}

function parseRaw(raw: string): number | undefined {
  const text = raw.trim();
  return text === '' ? undefined : Number(text);
}

export function useReview(budget: Budget): Review {
  const [edits, setEdits] = useState<ReadonlyMap<string, string>>(() => new Map());

  const setEdit = useCallback((path: string, raw: string | undefined) => {
    setEdits((previous) => {
      const next = new Map(previous);
      if (raw === undefined) next.delete(path);
      else next.set(path, raw);
      return next;
    });
  }, []);

  const derived = useMemo(() => {
    const corrections = new Map<string, number | undefined>();
    const notNumbers = new Map<string, ValidationIssue[]>();
    for (const [path, raw] of edits) {
      const value = parseRaw(raw);
      if (value !== undefined && Number.isNaN(value)) notNumbers.set(path, [{ path, code: 'invalid_type', expected: 'number', detail: raw }]);
      else corrections.set(path, value);
    }
    const { value, locations } = applyCorrections(budget, corrections);
    const result = parseBudgetValue(value);
    const reportPathOf = new Map([...locations].map(([path, json]) => [json, path]));
    const byPath = new Map(notNumbers);
    const other: ValidationIssue[] = [];
    for (const issue of result.ok ? [] : result.issues) {
      const path = reportPathOf.get(issue.path);
      if (path) byPath.set(path, [...(byPath.get(path) ?? []), issue]);
      else other.push(issue);
    }
    const count = [...byPath.values()].reduce((n, list) => n + list.length, other.length);
    return { value, byPath, other, count };
  }, [budget, edits]);

  return {
    edits,
    setEdit,
    corrected: (path) => {
      const raw = edits.get(path);
      return raw === undefined ? undefined : parseRaw(raw);
    },
    issuesOf: (path) => derived.byPath.get(path) ?? [],
    otherIssues: derived.other,
    problemCount: derived.count,
    value: derived.value,
  };
}
