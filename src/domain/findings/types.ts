/** What the arithmetic check of a document reports, one line per claim checked. */
import type { Fen } from '../money';

export type FindingStatus = 'pass' | 'mismatch' | 'missing';

export type FindingCheck =
  /** Parts listed under a whole add up to the whole. */
  | 'partsVsWhole'
  /** A stated percentage share equals part / whole at the stated precision. */
  | 'statedShare'
  /** A stated change equals current − previous. */
  | 'statedChange'
  /** A stated growth rate equals change / previous at the stated precision. */
  | 'statedGrowth'
  /** A line the document lists without any amount. */
  | 'missingAmount';

/** What a finding is about, so the UI can name it in either language. */
export type FindingSubject =
  | { kind: 'category'; categoryId: string; name: string; nameEn?: string; level: 'total' | 'class' | 'item' }
  | { kind: 'leaves' }
  | { kind: 'figure'; figure: 'total' | 'revenue' | 'basicProject' | 'personnelPublic' | 'threePublic' | 'operatingExpenses' | 'categories' }
  | { kind: 'share'; group: 'functional' | 'revenue' | 'spending'; name: string; nameEn?: string; categoryId?: string };

export type FindingValue = { kind: 'money'; value: Fen } | { kind: 'percent'; value: number };

export interface Finding {
  id: string;
  check: FindingCheck;
  status: FindingStatus;
  subject: FindingSubject;
  stated?: FindingValue;
  computed?: FindingValue;
  /**
   * Parts the document lists without an amount, left out of a computed sum (a
   * figure not stated is never counted as 0); they are reported on their own.
   */
  unstatedParts?: number;
  /** For a change or growth rate: the two figures it was computed from. */
  base?: { previous: Fen; current: Fen; previousYear: number };
  /** A likely explanation the program can show, e.g. the rate was divided by this year's value. */
  hint?: 'dividedByCurrent';
  /** The category this finding concerns, for the category filter. */
  categoryId?: string;
}
