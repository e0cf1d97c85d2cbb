/** A deck slide (data) → a rendered slide (text and chart rows) for the screen and the .pptx. */
import { amountFormatter, specToChartData } from '@/components/specView';
import type { RenderedDatum, RenderedSlide, RenderedTable, RenderedVisual } from './slideModel';
import type { CheckRow, DeckSlide, SlideVisual } from '@/domain/deck';
import { decimalsOf, fenToUnit, type Fen } from '@/domain/money';
import { joinList } from '@/i18n/format';
import { formatTakeaway, formatText, formatValue, monthName, type TextContext } from './deckText';

/** Decimals the chart's numbers need in the display unit, at least the unit's usual two. */
function decimalsFor(data: readonly RenderedDatum[], ctx: TextContext): number {
  const minimum = ctx.format.unit === '元' ? 0 : 2;
  return Math.min(4, Math.max(minimum, ...data.map((d) => (d.value === undefined ? 0 : decimalsOf(Number(d.value.toFixed(4)))))));
}

function checksTable(rows: readonly CheckRow[], more: number, ctx: TextContext): RenderedTable {
  const { t } = ctx;
  return {
    columns: [t('present:checksTable.subject'), t('present:checksTable.stated'), t('present:checksTable.computed'), t('present:checksTable.status')],
    rows: rows.map((row) => ({
      key: row.id,
      cells: [
        t('present:checksTable.row', { subject: formatValue(row.subject, ctx), check: formatText(row.check, ctx) }),
        row.stated ? formatValue(row.stated, ctx) : '',
        row.computed ? formatValue(row.computed, ctx) : '',
        t(`present:checksTable.${row.status}`),
      ],
      // Rounding is not an error: plain ink, neither red nor green.
      ...(row.status === 'rounding'
        ? {}
        : { tone: row.status === 'error' ? ('bad' as const) : row.status === 'missing' ? ('warn' as const) : ('good' as const) }),
    })),
    ...(more > 0 ? { footnote: t('present:checksTable.more', { n: more }) } : {}),
  };
}

export function renderVisual(visual: SlideVisual, ctx: TextContext): RenderedVisual {
  switch (visual.kind) {
    case 'amount': {
      const values = amountFormatter(ctx.format);
      const data: RenderedDatum[] = specToChartData(visual.spec, ctx.format).map((d) => {
        // A Map lookup: a category named "constructor" must not find Object.prototype's.
        const label = visual.valueLabels?.get(d.key);
        const value = d.value === undefined ? undefined : fenToUnit(d.value as Fen, ctx.format.unit);
        return { ...d, value, valueLabel: label ? formatText(label, ctx) : values(d) };
      });
      return { kind: visual.spec.kind, data, decimals: decimalsFor(data, ctx) };
    }
    case 'counts': {
      const data: RenderedDatum[] = visual.rows.map((row) => ({
        key: row.key,
        label: ctx.format.name(row),
        value: row.value,
        valueLabel: formatValue({ kind: 'quantity', value: row.value, unit: visual.unit }, ctx),
        ...(row.selected ? { selected: true } : {}),
      }));
      return { kind: 'bar', data, decimals: 0 };
    }
    case 'checks':
      return { kind: 'table', table: checksTable(visual.rows, visual.more, ctx) };
    case 'timeline':
      return {
        kind: 'gantt',
        columns: { task: ctx.t('present:figure.timeline.task'), step: ctx.t('present:figure.timeline.step') },
        undated: ctx.t('present:figure.timeline.undated'),
        months: Array.from({ length: 12 }, (_, i) => monthName(i + 1, ctx.format.language, 'short')),
        rows: visual.lanes.map((lane) => {
          const marks = lane.marks.map((m) => ({
            key: m.key,
            kind: m.kind,
            from: m.from,
            to: m.to,
            ticks: m.ticks,
            // Overdue is said in words too, not by the outline alone.
            label: m.overdue ? `⚠ ${ctx.t('keyWork:progress.overdue')} · ${ctx.format.name(m.label)}` : ctx.format.name(m.label),
            ...(m.overdue ? { overdue: true } : {}),
          }));
          const spoken = joinList(marks.map((m) => m.label), ctx.format.language);
          return { key: lane.key, label: ctx.format.name(lane.task), spoken, marks };
        }),
      };
  }
}

export function renderSlide(slide: DeckSlide, ctx: TextContext): RenderedSlide {
  return {
    id: slide.id,
    ...(slide.kicker ? { kicker: formatText(slide.kicker, ctx) } : {}),
    title: formatText(slide.title, ctx),
    headline: { label: formatText(slide.headline.label, ctx), value: formatValue(slide.headline.value, ctx) },
    takeaway: formatTakeaway(slide.takeaway, ctx),
    notes: slide.notes.map((n) => formatText(n, ctx)),
    ...(slide.figure
      ? {
          figure: {
            title: formatText(slide.figure.title, ctx),
            subtitle: formatText(slide.figure.subtitle, ctx),
            visual: renderVisual(slide.figure.visual, ctx),
          },
        }
      : {}),
  };
}
