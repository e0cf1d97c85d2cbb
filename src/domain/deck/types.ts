/**
 * A deck is data: each slide names its message keys and carries the figures they
 * need, taken from the same chart specs the dashboard draws. Wording lives in
 * src/i18n/messages/present.ts; formatting happens once, in the present feature.
 */
import type { AmountSpec } from '../charts/spec';
import type { FindingStatus } from '../findings';
import type { Fen } from '../money';
import type { MarkKind } from '../timeline';

/** A figure or name a sentence carries, formatted for the current language and unit later. */
export type DeckValue =
  | { kind: 'money'; value: Fen | undefined; signed?: boolean }
  | { kind: 'percent'; value: number | undefined; signed?: boolean }
  | { kind: 'count'; value: number | undefined }
  | { kind: 'name'; name: string; nameEn?: string | undefined }
  | { kind: 'year'; value: number }
  /** A month of the fiscal year, 1–12. */
  | { kind: 'month'; value: number }
  /** A count in the document's own unit word (人, 个月…). */
  | { kind: 'quantity'; value: number | undefined; unit: string }
  /** The unit word alone (人 → "people" in English). */
  | { kind: 'unit'; unit: string }
  | { kind: 'text'; text: DeckText }
  | { kind: 'list'; items: DeckValue[] };

/** A sentence: a message key under the `present` namespace and its values. */
export interface DeckText {
  key: string;
  values?: Record<string, DeckValue>;
}

/** One line of the checks table: what was checked, the document's figure, ours, the result. */
export interface CheckRow {
  id: string;
  subject: DeckValue;
  check: DeckText;
  stated?: DeckValue;
  computed?: DeckValue;
  /** A mismatch within the document's last digit is 'rounding', not an error. */
  status: Exclude<FindingStatus, 'mismatch'> | 'error' | 'rounding';
}

/** People counts drawn as bars (staffing, batches paid by month). */
export interface CountRow {
  key: string;
  name: string;
  nameEn?: string | undefined;
  value?: number;
  selected?: boolean;
}

/** A task on the January–December axis, its steps placed by src/domain/timeline. */
export interface TimelineLane {
  key: string;
  task: { name: string; nameEn?: string | undefined };
  marks: {
    key: string;
    kind: MarkKind;
    from: number;
    to: number;
    ticks: number[];
    label: { name: string; nameEn?: string | undefined };
    /** Past its end and not done, as of the dashboard's as-of day (src/domain/milestoneStatus). */
    overdue?: boolean;
  }[];
}

export type SlideVisual =
  | {
      kind: 'amount';
      spec: AmountSpec;
      /** Value labels that say more than "not stated" (e.g. "not in the budget"), by row key (a Map: keys are names from the file). */
      valueLabels?: ReadonlyMap<string, DeckText>;
    }
  | { kind: 'counts'; rows: CountRow[]; unit: string }
  | { kind: 'checks'; rows: CheckRow[]; more: number }
  | { kind: 'timeline'; lanes: TimelineLane[] };

export interface SlideFigure {
  title: DeckText;
  /** Says what is measured and in which unit (the display unit is filled in as {{unit}}). */
  subtitle: DeckText;
  visual: SlideVisual;
}

/** Slide ids name the slide in the URL (`?slide=`); a budget may have several batch pay-out tasks. */
export type SlideId =
  'title' | 'overview' | 'spending' | 'basicProject' | 'personnelPublic' | 'staffing' | 'keyWork' | `cohorts:${string}` | 'threePublic' | 'findings';

export interface DeckSlide {
  id: SlideId;
  /** A line above the title (the title slide's year). */
  kicker?: DeckText;
  title: DeckText;
  /** The one number the slide is about. */
  headline: { label: DeckText; value: DeckValue };
  /** Clauses of the one-line takeaway, joined in the current language. */
  takeaway: DeckText[];
  figure?: SlideFigure;
  /** Speaker notes: the detail behind the takeaway. */
  notes: DeckText[];
}
