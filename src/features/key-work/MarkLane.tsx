import type { CSSProperties } from 'react';
import { axisPercent, labelAnchor } from '@/domain/charts/keyWorkSpecs';
import type { TimelineMark } from '@/domain/timeline';
import { PointShape, RangeShape, RecurringShape } from './MarkShapes';

const pct = (value: number) => `${value}%`;

function labelStyle(mark: TimelineMark, from: number, to: number): CSSProperties {
  const gap = mark.kind === 'point' ? 12 : 6;
  switch (labelAnchor(mark)) {
    case 'after':
      return { left: `calc(${to}% + ${gap}px)`, maxWidth: `calc(${100 - to}% - ${gap + 4}px)` };
    case 'before':
      return { right: `calc(${100 - from}% + ${gap}px)`, maxWidth: `calc(${from}% - ${gap + 4}px)`, textAlign: 'right' };
    case 'over':
      return { left: pct(from), maxWidth: pct(Math.max(to - from, 30)), top: 0, lineHeight: '16px' };
  }
}

/**
 * One step on its own lane: the mark, and its label where the year has room.
 * Decorative for assistive technology: the row lists the same steps as text.
 */
export function MarkLane({ mark, label, problem }: { mark: TimelineMark; label: string; problem: string }) {
  if (mark.problem) {
    return (
      <div className="flex h-6 items-center px-1 text-xs text-bad" title={label}>
        <span className="truncate">
          ⚠ {label} — {problem}
        </span>
      </div>
    );
  }
  const from = axisPercent(mark.from);
  const to = axisPercent(mark.to);
  const over = labelAnchor(mark) === 'over';
  const width = pct(to - from);
  return (
    <div className={`relative ${over ? 'h-10' : 'h-6'}`} title={label}>
      <div className="absolute inset-x-0 bottom-0 h-6">
        {mark.kind === 'range' ? <RangeShape left={pct(from)} width={width} openStart={mark.clippedStart} openEnd={mark.clippedEnd} /> : null}
        {mark.kind === 'point' ? <PointShape left={pct(to)} /> : null}
        {mark.kind === 'recurring' ? <RecurringShape left={pct(from)} width={width} ticks={mark.ticks.map((tick) => pct(axisPercent(tick)))} /> : null}
      </div>
      <span className={`absolute truncate text-xs text-ink ${over ? '' : 'top-0 leading-6'}`} style={labelStyle(mark, from, to)}>
        {label}
      </span>
    </div>
  );
}
