/**
 * The user's corrections (as typed) and what they make: the corrected file and
 * its validation problems, each placed beside the figure it belongs to.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { parseBudgetValue, type ValidationIssue } from '@/data/parseBudget';
import { applyCorrections } from './applyCorrections';

export interface Review {
  /** What the user typed per report path; absent = the importer's value stands. */
  edits: ReadonlyMap<string, string>;
  /** Stable across renders, so rows that did not change need not render again. */
  setEdit: (path: string, raw: string | undefined) => void;
  issuesOf: (path: string) => readonly ValidationIssue[];
  /** Problems not tied to one input. */
  otherIssues: readonly ValidationIssue[];
  problemCount: number;
  /** The budget file with the corrections, valid or not. */
  value: unknown;
}

const NO_ISSUES: readonly ValidationIssue[] = [];

/** What an editor of one figure takes from the review: what was typed there, its problems, and how to change it. */
export function editorBinding(review: Review, path: string) {
  return { raw: review.edits.get(path), issues: review.issuesOf(path), onEdit: review.setEdit };
}

/** A corrected value as typed: a number, undefined for "not stated" (empty), NaN for not a number. */
export function parseRaw(raw: string): number | undefined {
  const text = raw.trim();
  return text === '' ? undefined : Number(text);
}

/** `budget`: the imported file (a complete budget, or a draft with its required fields filled as far as they are). */
export function useReview(budget: object): Review {
  const [edits, setEdits] = useState<ReadonlyMap<string, string>>(() => new Map());

  const setEdit = useCallback((path: string, raw: string | undefined) => {
    setEdits((previous) => {
      const next = new Map(previous);
      if (raw === undefined) next.delete(path);
      else next.set(path, raw);
      return next;
    });
  }, []);

  // Validating a large budget takes a while: typing stays immediate, problems follow a moment later.
  const settled = useDeferredValue(edits);
  const derived = useMemo(() => {
    const corrections = new Map<string, number | undefined>();
    const notNumbers = new Map<string, ValidationIssue[]>();
    for (const [path, raw] of settled) {
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
  }, [budget, settled]);

  return {
    edits,
    setEdit,
    issuesOf: (path) => derived.byPath.get(path) ?? NO_ISSUES,
    otherIssues: derived.other,
    problemCount: derived.count,
    value: derived.value,
  };
}
