/**
 * A deck is data: each slide names its message keys and carries the figures they
 * need, taken from the same chart specs the dashboard draws. Wording lives in
 * src/i18n/messages/present.ts; formatting happens once, in the present feature.
 */
import type { AmountSpec } from '../charts/spec';
import type { FindingStatus } from '../findings';
import type { Fen } from '../money';

/** A figure or name a sentence carries, formatted for the current language and unit later. */
export type DeckValue =
  | { kind: 'money'; value: Fen | undefined; signed?: boolean }
  | { kind: 'percent'; value: number | undefined; signed?: boolean }
  | { kind: 'count'; value: number | undefined }
  | { kind: 'name'; name: string; nameEn?: string | undefined }
  | { kind: 'year'; value: number }
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
  status: FindingStatus;
}

/** People counts drawn as bars (staffing, batches paid by month). */
export interface CountRow {
  key: string;
  name: string;
  nameEn?: string | undefined;
  value?: number;
  selected?: boolean;
}

export type SlideVisual =
  { kind: 'amount'; spec: AmountSpec } | { kind: 'counts'; rows: CountRow[]; unit: string } | { kind: 'checks'; rows: CheckRow[]; more: number };

export interface SlideFigure {
  title: DeckText;
  /** Says what is measured and in which unit (the display unit is filled in as {{unit}}). */
  subtitle: DeckText;
  visual: SlideVisual;
}

export type SlideId = 'title' | 'overview' | 'spending' | 'basicProject' | 'personnelPublic' | 'staffing' | 'keyWork' | 'cohorts' | 'threePublic' | 'findings';

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
