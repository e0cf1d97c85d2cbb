/** What the importer returns: the budget (when the text is an explanation) and a report. */
import type { Budget } from '@/data/budgetSchema';
import type { MoneyUnit } from '@/domain/money';
import type { Tier } from './labels';

export interface Provenance {
  /** The sentence the figure was read from, as normalised. */
  sentence: string;
  /** Headings above it, e.g. "三、收支预算情况说明 › （一）收入预算情况". */
  section: string;
}

export type FigureValue = { kind: 'money'; fen: number } | { kind: 'number'; value: number } | { kind: 'text'; value: string };

export interface FigureRecord {
  path: string;
  value: FigureValue;
  tier: Tier;
  provenance: Provenance;
  /** Written with 约/近/左右…: kept, and flagged for review. */
  approximate?: boolean;
  /** Not stated: the whole minus its other parts. */
  derived?: boolean;
}

export interface FoundFigure {
  /** Budget path, e.g. "spending.basic" or "revenue[上年结转]". */
  path: string;
  /** As written in the output file (money in the file's unit). */
  value: number | string;
  provenance: Provenance;
  /** How many times the document states it (all with the same value). */
  statements: number;
  /** Written with 约/近/左右…: kept as the document gives it, to be checked in review. */
  approximate?: boolean;
  /** Not stated but computed as the whole minus its other parts (provenance: the sentences of those figures). */
  derived?: boolean;
}

export type NotFoundReason = 'absent' | 'approximate' | 'ambiguous' | 'conflict' | 'precision';

export interface NotFound {
  path: string;
  reason: NotFoundReason;
  provenance?: Provenance;
}

export interface Conflict {
  path: string;
  values: { value: number | string; provenance: Provenance }[];
}

export type ImportErrorCode = 'empty' | 'not_explanation' | 'final_accounts' | 'no_total' | 'invalid_output' | 'unreadable' | 'internal';

export interface ImportReport {
  ok: boolean;
  error?: { code: ImportErrorCode; message: string; messageZh: string };
  unit?: MoneyUnit;
  found: FoundFigure[];
  notFound: NotFound[];
  conflicts: Conflict[];
  warnings: string[];
}

/** Fields every budget file needs; a text that does not state one still imports, as a draft. */
export type RequiredField = 'department.name' | 'fiscalYear' | 'total';

/**
 * A text that states budget figures but not all of name, year and total: the
 * budget file as read, lacking exactly the fields in `toFill`. The review asks
 * for them; once filled, the value validates as a Budget.
 */
export interface ImportDraft {
  value: Record<string, unknown>;
  toFill: RequiredField[];
}

/**
 * `budget` when every required field was read; `draft` (and `report.ok` true)
 * when some are missing; neither, with `report.error`, when the text is not a
 * budget explanation at all (no labelled amount, or a 决算).
 */
export interface ImportResult {
  budget?: Budget;
  draft?: ImportDraft;
  report: ImportReport;
}
