/**
 * Key work in the .pptx as a native table on a January–December grid, one line per
 * dated step, as the dashboard's timeline draws it: a deadline is one ◆ in its month,
 * a period fills the months it spans, recurring work marks each month it recurs in.
 * (A stacked-bar Gantt merged a task's separate deadlines into one bar and drew
 * recurring work as a full-year bar; a table cell cannot.)
 */
import type PptxGenJS from 'pptxgenjs';
import { ACCENT } from '@/components/charts/palette';
import type { RenderedGanttRow, RenderedVisual } from '../slideModel';
import { BAD, BOX, CANVAS, FONT, hex, INK, INK_SOFT, LINE } from './layout';

type Slide = PptxGenJS.Slide;
type Cell = PptxGenJS.TableCell;
type Mark = RenderedGanttRow['marks'][number];

const POINT = '◆';
const PERIOD = '■';
const RECURS = '|';
const VERMILLION = 'D55E00';
const GREEN = '009E73';
const PERIOD_FILL = 'D6E6F2';

/** Months (1–12) a step occupies on the grid. */
export function markMonths(mark: Mark): number[] {
  const month = (position: number) => Math.min(12, Math.max(1, Math.ceil(position)));
  if (mark.kind === 'point') return [month(mark.to)];
  if (mark.kind === 'recurring') return [...new Set(mark.ticks.map((tick) => month(tick)))];
  const first = Math.min(12, Math.floor(mark.from) + 1);
  return Array.from({ length: month(mark.to) - first + 1 }, (_, i) => first + i);
}

function monthCells(mark: Mark): Cell[] {
  const months = new Set(markMonths(mark));
  const symbol = mark.kind === 'point' ? POINT : mark.kind === 'recurring' ? RECURS : PERIOD;
  const color = mark.overdue ? BAD : mark.kind === 'point' ? VERMILLION : mark.kind === 'recurring' ? GREEN : hex(ACCENT);
  return Array.from({ length: 12 }, (_, i) =>
    months.has(i + 1)
      ? { text: symbol, options: { color, bold: true, align: 'center', ...(mark.kind === 'range' ? { fill: { color: PERIOD_FILL } } : {}) } }
      : { text: '' },
  );
}

function taskRows(row: RenderedGanttRow, undated: string): Cell[][] {
  if (row.marks.length === 0)
    return [[{ text: row.label }, { text: undated, options: { italic: true, color: INK_SOFT } }, ...Array.from({ length: 12 }, () => ({ text: '' }))]];
  return row.marks.map((mark, i) => [
    i === 0 ? { text: row.label, options: { rowspan: row.marks.length, valign: 'top' } } : undefined,
    { text: mark.label, options: mark.overdue ? { color: BAD, bold: true } : {} },
    ...monthCells(mark),
  ].filter((cell): cell is Cell => cell !== undefined));
}

export function addTimelineTable(slide: Slide, visual: Extract<RenderedVisual, { kind: 'gantt' }>, lang: string) {
  const header: Cell[] = [visual.columns.task, visual.columns.step, ...visual.months].map((text, i) => ({
    text,
    options: { bold: true, fill: { color: CANVAS }, ...(i > 1 ? { align: 'center' } : {}) },
  }));
  const month = (BOX.visual.w - 2.3 - 3.8) / 12;
  slide.addTable([header, ...visual.rows.flatMap((row) => taskRows(row, visual.undated))], {
    ...BOX.visual,
    h: undefined,
    fontFace: FONT,
    fontSize: 9,
    color: INK,
    margin: 0.03,
    rowH: 0.22,
    border: { type: 'solid', pt: 0.5, color: LINE },
    colW: [2.3, 3.8, ...Array.from({ length: 12 }, () => month)],
    lang,
    autoPage: false,
  });
}
