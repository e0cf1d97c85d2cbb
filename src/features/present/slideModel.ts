/**
 * A slide with every word and figure already formatted in the current language
 * and unit: what the deck shows and what the .pptx writes, built once so the
 * two can never disagree.
 */
import type { ChartDatum } from '@/components/charts/types';

export interface RenderedTable {
  columns: string[];
  rows: { key: string; cells: string[]; tone?: 'bad' | 'warn' | 'good' }[];
  footnote?: string;
}

/** A key-work step on a January–December axis (months, 0–12). */
export interface RenderedGanttRow {
  key: string;
  label: string;
  /** Every step's label in one sentence, for screen readers (the marks themselves are drawn, not read). */
  spoken: string;
  /** Steps of the task: from and to in months since the year's start (equal for a deadline); ticks for recurring work. */
  marks: { key: string; kind: 'range' | 'point' | 'recurring'; from: number; to: number; ticks: number[]; label: string; overdue?: boolean }[];
}

/** A chart row as slide and .pptx write it: the value in the display unit (the file's number format) and its text. */
export type RenderedDatum = ChartDatum & { valueLabel: string };

export interface RenderedChart {
  kind: 'bar' | 'donut';
  data: RenderedDatum[];
  /** Decimals of the values, for number formats. */
  decimals: number;
}

export type RenderedVisual =
  | RenderedChart
  | { kind: 'table'; table: RenderedTable }
  | {
      kind: 'gantt';
      rows: RenderedGanttRow[];
      /** Twelve month labels, January first. */
      months: string[];
      /** Headings of the task and step columns where the timeline is written as a table (.pptx, handout). */
      columns: { task: string; step: string };
      /** Said for a task with no dated step. */
      undated: string;
    };

export interface RenderedSlide {
  id: string;
  kicker?: string;
  title: string;
  headline: { label: string; value: string };
  /** One line, computed from the data. */
  takeaway: string;
  notes: string[];
  figure?: { title: string; subtitle: string; visual: RenderedVisual };
}

export interface RenderedDeck {
  /** The unit and year, for the file's title. */
  title: string;
  language: string;
  /** "来源：…" line drawn on every slide. */
  source: string;
  /** The active filter, drawn on every slide when set. */
  filter?: string;
  slides: RenderedSlide[];
}
