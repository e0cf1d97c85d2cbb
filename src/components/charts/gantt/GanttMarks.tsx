/**
 * The Gantt marks, told apart by shape as well as colour: a bar for a period, a
 * diamond for a deadline, short ticks for recurring work, a dashed box around an
 * overdue step. The key-work timeline, the deck's compact timeline and both
 * legends draw these, so the three cannot drift apart. Plain SVG with literal
 * colours: an exported SVG has no stylesheet to resolve CSS variables.
 */
import { INK, SERIES_COLORS } from '../palette';

export const GANTT_COLORS = { range: SERIES_COLORS[0], point: SERIES_COLORS[5], recurring: SERIES_COLORS[2], alert: '#b84700', ink: INK, grid: '#e3e6ea' } as const;

/** Thickness of a bar and size of a diamond at a lane height of 24 px; the deck scales them down. */
export interface MarkSize {
  bar: number;
  diamond: number;
  tick: number;
}

export const MARK_SIZE: MarkSize = { bar: 12, diamond: 12, tick: 16 };

export function RangeMark({ x, width, cy, size = MARK_SIZE, openStart = false, openEnd = false }: { x: number; width: number; cy: number; size?: MarkSize; openStart?: boolean; openEnd?: boolean }) {
  const w = Math.max(4, width);
  const r = Math.min(4, w / 2);
  const h = size.bar;
  const top = cy - h / 2;
  // A path, not a rect with rx: an edge cut by the year's start or end is drawn square.
  const left = openStart ? `M${x},${top} V${top + h}` : `M${x + r},${top} A${r},${r} 0 0 0 ${x},${top + r} V${top + h - r} A${r},${r} 0 0 0 ${x + r},${top + h}`;
  const right = openEnd ? `H${x + w} V${top}` : `H${x + w - r} A${r},${r} 0 0 0 ${x + w},${top + h - r} V${top + r} A${r},${r} 0 0 0 ${x + w - r},${top}`;
  return <path d={`${left} ${right} Z`} fill={GANTT_COLORS.range} />;
}

export function PointMark({ x, cy, size = MARK_SIZE }: { x: number; cy: number; size?: MarkSize }) {
  const half = size.diamond * 0.7;
  return <path d={`M${x},${cy - half} L${x + half},${cy} L${x},${cy + half} L${x - half},${cy} Z`} fill={GANTT_COLORS.point} stroke="#ffffff" strokeWidth={1.5} />;
}

export function RecurringMark({ x, width, cy, ticks, size = MARK_SIZE }: { x: number; width: number; cy: number; ticks: readonly number[]; size?: MarkSize }) {
  return (
    <g fill={GANTT_COLORS.recurring}>
      <rect x={x} y={cy - 0.5} width={Math.max(1, width)} height={1} />
      {ticks.map((tick) => (
        <rect key={tick} x={tick - 1.5} y={cy - size.tick / 2} width={3} height={size.tick} />
      ))}
    </g>
  );
}

export function OverdueBox({ x, width, cy, pad, height }: { x: number; width: number; cy: number; pad: number; height: number }) {
  return (
    <rect x={x - pad} y={cy - height / 2} width={width + 2 * pad} height={height} rx={3} fill="none" stroke={GANTT_COLORS.alert} strokeWidth={2} strokeDasharray="4 3" />
  );
}

/** The as-of day: a dotted line down the lanes. */
export function AsOfMark({ x, top, bottom }: { x: number; top: number; bottom: number }) {
  return <line x1={x} x2={x} y1={top} y2={bottom} stroke={GANTT_COLORS.alert} strokeWidth={2} strokeDasharray="2 3" />;
}
