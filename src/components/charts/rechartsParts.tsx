/** Pieces every Recharts chart kind shares: sizing, colours, the value label and the tooltip. */
import type { ReactElement } from 'react';
import { ResponsiveContainer, type TooltipContentProps } from 'recharts';
import { INK, REST } from './palette';
import type { ChartDatum, ValueFormatter } from './types';

/** At least 13 px: a 960×540 slide shown at 1920×1080 must not write text under 24 px. */
export const LABEL_FONT = 13;
export const TICK_FONT = 13;
export const CJK_FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
/** Off: the marks are not focusable (the legend and table rows are the keyboard path), so the SVG is one image. */
export const NO_KEYBOARD_LAYER = { accessibilityLayer: false } as const;

/** A fixed size when given (build-time prerender, tests), else the box's width at the reserved height. */
export function Sized({ width, height, children }: { width: number | undefined; height: number; children: ReactElement }) {
  if (width) return children;
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 480, height }}>
      {children}
    </ResponsiveContainer>
  );
}

export function markColor(d: ChartDatum, fallback: string): string {
  return d.dimmed ? REST : (d.color ?? fallback);
}

/** The selected mark gets an ink outline, so emphasis does not rest on colour alone. */
export function markStroke(d: ChartDatum): { stroke?: string; strokeWidth?: number } {
  return d.selected ? { stroke: INK, strokeWidth: 2 } : {};
}

/** Wrapper every kind draws in: its id for the prerender, its size reserved, one accessible name. */
export function ChartRoot({ id, ariaLabel, height, clickable, children }: { id: string; ariaLabel: string; height: number; clickable: boolean; children: ReactElement }) {
  return (
    <div data-chart-id={id} role="img" aria-label={ariaLabel} style={{ height, fontFamily: CJK_FONT, cursor: clickable ? 'pointer' : undefined }}>
      {children}
    </div>
  );
}

/** The tooltip: the row's name and its formatted value (the same text the label and table show). */
export function tooltipContent<D extends ChartDatum>(valueFormatter: ValueFormatter<D>) {
  return function ChartTooltip({ active, payload }: TooltipContentProps) {
    const datum = active ? (payload?.[0]?.payload as D | undefined) : undefined;
    if (!datum) return null;
    return (
      <div className="rounded border border-line bg-paper px-2 py-1 text-sm shadow">
        <span className="font-semibold">{datum.label}</span> <span className="tabular-nums">{valueFormatter(datum)}</span>
      </div>
    );
  };
}

/** A row's value as Recharts plots it; a figure not stated gets a transparent hairline, so its label (未说明) still has a place. */
export function plotted(d: ChartDatum): number {
  return d.value ?? 0;
}
