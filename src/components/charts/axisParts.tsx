/** Axis and label pieces of the two cartesian kinds (bars and columns). */
import type { LabelProps } from 'recharts';
import { INK } from './palette';
import { LABEL_FONT, TICK_FONT } from './rechartsParts';
import { textWidth, wrapText } from './textWidth';
import type { ChartDatum, ValueFormatter } from './types';

const INK_SOFT = '#5b6470';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** A category name as SVG text, wrapped over lines (long Chinese names stay whole) and weighted by the filter. */
export function nameTick<D extends ChartDatum>(data: readonly D[], width: number, anchor: 'end' | 'middle') {
  const byKey = new Map(data.map((d) => [d.key, d]));
  return function NameTick({ x, y, payload }: TickProps) {
    const datum = byKey.get(String(payload?.value));
    if (!datum) return <g />;
    const lines = wrapText(datum.label, width, TICK_FONT);
    const lineHeight = TICK_FONT + 3;
    // Bars: centre the block on the bar; columns: hang it below the axis.
    const first = anchor === 'end' ? -((lines.length - 1) * lineHeight) / 2 : lineHeight;
    return (
      <text x={Number(x)} y={Number(y)} textAnchor={anchor} fontSize={TICK_FONT} fill={datum.dimmed ? INK_SOFT : INK} fontWeight={datum.selected || datum.strong ? 600 : 400} dominantBaseline={anchor === 'end' ? 'central' : 'auto'}>
        {lines.map((line, i) => (
          <tspan key={i} x={Number(x)} dy={i === 0 ? first : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}

/** The formatted value written at the end of each mark: the number people read, not an axis. */
export function valueLabel<D extends ChartDatum>(data: readonly D[], valueFormatter: ValueFormatter<D>, position: 'right' | 'top') {
  return function ValueLabel({ x, y, width, height, index }: LabelProps) {
    const datum = index === undefined ? undefined : data[index];
    if (!datum) return null;
    const [left, top, w, h] = [Number(x), Number(y), Number(width ?? 0), Number(height ?? 0)];
    const at = position === 'right' ? { x: left + w + 6, y: top + h / 2, textAnchor: 'start' as const } : { x: left + w / 2, y: top - 6, textAnchor: 'middle' as const };
    return (
      <text {...at} fontSize={LABEL_FONT} fill={datum.value === undefined ? INK_SOFT : INK} fontStyle={datum.value === undefined ? 'italic' : 'normal'} dominantBaseline={position === 'right' ? 'central' : 'auto'} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {valueFormatter(datum)}
      </text>
    );
  };
}

/** Room the widest value label needs beside its mark. */
export function labelRoom<D extends ChartDatum>(data: readonly D[], valueFormatter: ValueFormatter<D>): number {
  return 12 + Math.max(0, ...data.map((d) => textWidth(valueFormatter(d), LABEL_FONT)));
}
