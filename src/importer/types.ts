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
}

export interface FoundFigure {
  /** Budget path, e.g. "spending.basic" or "revenue[上年结转]". */
  path: string;
  /** As written in the output file (money in the file's unit). */
  value: number | string;
  provenance: Provenance;
  /** How many times the document states it (all with the same value). */
  statements: number;
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

export interface ImportResult {
  budget?: Budget;
  report: ImportReport;
}
