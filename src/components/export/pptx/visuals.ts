/** Native, editable PowerPoint charts and tables for a slide's visual. */
import type PptxGenJS from 'pptxgenjs';
import { ACCENT, REST, seriesColor } from '../../charts/palette';
import type { RenderedChart, RenderedTable, RenderedVisual } from '../slideModel';
import { BAD, BOX, CANVAS, FONT, hex, INK, LINE, numberFormat, WARN } from './layout';

type Slide = PptxGenJS.Slide;

function addBars(pptx: PptxGenJS, slide: Slide, visual: RenderedChart, title: string, lang: string) {
  // A figure the document does not state cannot be drawn as a bar (it is not 0); the takeaway and notes name it.
  const stated = visual.data.filter((d) => d.value !== undefined);
  // PowerPoint draws the first category at the bottom of a horizontal bar chart: reverse to keep the largest on top.
  const ordered = [...stated].reverse();
  slide.addChart(pptx.ChartType.bar, [{ name: title, labels: ordered.map((d) => d.label), values: ordered.map((d) => d.value ?? 0) }], {
    ...BOX.visual,
    barDir: 'bar',
    chartColors: ordered.map((d) => hex(d.dimmed ? REST : (d.color ?? ACCENT))),
    showValue: true,
    dataLabelFormatCode: numberFormat(visual.decimals),
    dataLabelPosition: 'outEnd',
    dataLabelFontFace: FONT,
    dataLabelFontSize: 12,
    dataLabelColor: INK,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 12,
    catAxisLabelColor: INK,
    valAxisHidden: true,
    valGridLine: { style: 'none' },
    valAxisMinVal: 0,
    barGapWidthPct: 60,
    showLegend: false,
    lang,
    altText: title,
  });
}

function addDonut(pptx: PptxGenJS, slide: Slide, visual: RenderedChart, title: string, lang: string) {
  const stated = visual.data.filter((d) => d.value !== undefined);
  slide.addChart(pptx.ChartType.doughnut, [{ name: title, labels: stated.map((d) => d.label), values: stated.map((d) => d.value ?? 0) }], {
    ...BOX.visual,
    chartColors: stated.map((d) => hex(d.dimmed ? REST : (d.color ?? seriesColor(visual.data.indexOf(d))))),
    holeSize: 55,
    showValue: true,
    showPercent: false,
    dataLabelFormatCode: numberFormat(visual.decimals),
    dataLabelFontFace: FONT,
    dataLabelFontSize: 12,
    dataLabelColor: INK,
    showLegend: true,
    legendPos: 'r',
    legendFontFace: FONT,
    legendFontSize: 13,
    lang,
    altText: title,
  });
}

const TONE_COLOR = { bad: BAD, warn: WARN, good: INK } as const;

function addTable(slide: Slide, table: RenderedTable, lang: string) {
  const header = table.columns.map((text) => ({ text, options: { bold: true, fill: { color: CANVAS } } }));
  const rows = table.rows.map((row) =>
    row.cells.map((text, i) => ({ text, options: { color: i === row.cells.length - 1 && row.tone ? TONE_COLOR[row.tone] : INK } })),
  );
  slide.addTable([header, ...rows], {
    ...BOX.visual,
    h: undefined,
    fontFace: FONT,
    fontSize: 12,
    color: INK,
    border: { type: 'solid', pt: 0.75, color: LINE },
    colW: [4.1, 1.3, 1.3, 1.4],
    lang,
    autoPage: false,
  });
  if (table.footnote)
    slide.addText(table.footnote, {
      x: BOX.visual.x,
      y: BOX.visual.y + BOX.visual.h - 0.4,
      w: BOX.visual.w,
      h: 0.4,
      fontFace: FONT,
      fontSize: 11,
      color: INK,
      lang,
    });
}

/** Points (deadlines) get a sliver of width so they show as a bar. */
const POINT_WIDTH = 0.25;

/**
 * Key work as a native Gantt: a stacked bar chart whose first, white series is the
 * offset from January and whose next two are each task's span (first step to last):
 * on schedule in the accent, with a step overdue in the warning colour, and then
 * also said in words (⚠ and the overdue label before the task's name).
 */
function addGantt(pptx: PptxGenJS, slide: Slide, visual: Extract<RenderedVisual, { kind: 'gantt' }>, title: string, lang: string) {
  const ordered = [...visual.rows].reverse();
  const spans = ordered.map((row) => {
    const overdue = row.marks.some((m) => m.overdue);
    if (row.marks.length === 0) return { start: 0, length: 0, overdue };
    const start = Math.min(...row.marks.map((m) => m.from));
    const end = Math.max(...row.marks.map((m) => m.to));
    return { start, length: Math.max(end - start, POINT_WIDTH), overdue };
  });
  const labels = ordered.map((row, i) => (spans[i]?.overdue ? `⚠ ${visual.overdueLabel} · ${row.label}` : row.label));
  const anyOverdue = spans.some((s) => s.overdue);
  slide.addChart(
    pptx.ChartType.bar,
    [
      { name: 'start', labels, values: spans.map((s) => s.start) },
      { name: title, labels, values: spans.map((s) => (s.overdue ? 0 : s.length)) },
      ...(anyOverdue ? [{ name: visual.overdueLabel, labels, values: spans.map((s) => (s.overdue ? s.length : 0)) }] : []),
    ],
    {
      ...BOX.visual,
      barDir: 'bar',
      barGrouping: 'stacked',
      chartColors: ['FFFFFF', hex(ACCENT), hex(BAD)],
      barGapWidthPct: 50,
      valAxisMinVal: 0,
      valAxisMaxVal: 12,
      valAxisMajorUnit: 1,
      valAxisLabelFormatCode: '0',
      valAxisLabelFontSize: 10,
      showValAxisTitle: true,
      valAxisTitle: visual.axisTitle,
      valAxisTitleFontSize: 10,
      valGridLine: { color: 'E3E6EA', style: 'solid', size: 0.5 },
      catAxisLabelFontFace: FONT,
      catAxisLabelFontSize: 10,
      catAxisLabelColor: INK,
      showLegend: false,
      lang,
      altText: title,
    },
  );
}

export function addVisual(pptx: PptxGenJS, slide: Slide, visual: RenderedVisual, title: string, lang: string) {
  switch (visual.kind) {
    case 'bar':
      return addBars(pptx, slide, visual, title, lang);
    case 'donut':
      return addDonut(pptx, slide, visual, title, lang);
    case 'table':
      return addTable(slide, visual.table, lang);
    case 'gantt':
      return addGantt(pptx, slide, visual, title, lang);
  }
}
