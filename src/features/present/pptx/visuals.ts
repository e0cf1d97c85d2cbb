/** Native, editable PowerPoint charts and tables for a slide's visual. */
import type PptxGenJS from 'pptxgenjs';
import { ACCENT, REST, seriesColor } from '@/components/charts/palette';
import type { RenderedChart, RenderedTable, RenderedVisual } from '../slideModel';
import { BAD, BOX, CANVAS, FONT, hex, INK, LINE, numberFormat, WARN } from './layout';
import { addTimelineTable } from './timelineTable';

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
    colW: [6.5, 1.8, 1.8, 2.0],
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

export function addVisual(pptx: PptxGenJS, slide: Slide, visual: RenderedVisual, title: string, lang: string) {
  switch (visual.kind) {
    case 'bar':
      return addBars(pptx, slide, visual, title, lang);
    case 'donut':
      return addDonut(pptx, slide, visual, title, lang);
    case 'table':
      return addTable(slide, visual.table, lang);
    case 'gantt':
      return addTimelineTable(slide, visual, lang);
  }
}
