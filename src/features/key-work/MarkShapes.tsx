/**
 * The three marks, told apart by shape as well as colour: a bar for a period,
 * a diamond for a deadline, short ticks for recurring work. The legend draws
 * the same shapes so the two cannot drift apart.
 */
import type { CSSProperties } from 'react';

const CENTER: CSSProperties = { top: '50%' };

export function RangeShape({ left, width, openStart = false, openEnd = false }: { left: string; width: string; openStart?: boolean; openEnd?: boolean }) {
  const radius = `${openStart ? 0 : 4}px ${openEnd ? 0 : 4}px ${openEnd ? 0 : 4}px ${openStart ? 0 : 4}px`;
  return <span className="absolute h-3 min-w-1 -translate-y-1/2 bg-accent" style={{ ...CENTER, left, width, borderRadius: radius }} />;
}

export function PointShape({ left }: { left: string }) {
  return <span className="absolute size-3 bg-vermillion ring-2 ring-paper" style={{ ...CENTER, left, transform: 'translate(-50%, -50%) rotate(45deg)' }} />;
}

export function RecurringShape({ left, width, ticks }: { left: string; width: string; ticks: readonly string[] }) {
  return (
    <>
      <span className="absolute h-px -translate-y-1/2 bg-green" style={{ ...CENTER, left, width }} />
      {ticks.map((tick) => (
        <span key={tick} className="absolute h-4 w-[3px] bg-green" style={{ ...CENTER, left: tick, transform: 'translate(-50%, -50%)' }} />
      ))}
    </>
  );
}

/** Overdue steps get a dashed box around their mark: a shape and words, not colour alone. */
export function OverdueOutline({ left, width, pad = 6 }: { left: string; width: string; pad?: number }) {
  return (
    <span
      className="absolute h-5 rounded border-2 border-dashed border-bad"
      style={{ ...CENTER, left: `calc(${left} - ${pad}px)`, width: `calc(${width} + ${2 * pad}px)`, transform: 'translateY(-50%)' }}
    />
  );
}

/** The "as of" day: a dotted line down the timeline. */
export function AsOfLine({ left }: { left: string }) {
  return <span className="pointer-events-none absolute inset-y-0 w-0 border-l-2 border-dotted border-bad" style={{ left }} />;
}
