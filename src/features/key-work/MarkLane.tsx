import type { CSSProperties } from 'react';
import { axisPercent, labelAnchor } from '@/domain/charts/keyWorkSpecs';
import type { TimelineMark } from '@/domain/timeline';
import { OverdueOutline, PointShape, RangeShape, RecurringShape } from './MarkShapes';

const pct = (value: number) => `${value}%`;

/** Half the width of an overdue box around a point, and the padding around a bar. */
const OUTLINE_PAD = { point: 11, bar: 6 };

function labelStyle(mark: TimelineMark, from: number, to: number, outlined: boolean): CSSProperties {
  const gap = (mark.kind === 'point' ? 12 : 6) + (outlined ? 6 : 0);
  switch (labelAnchor(mark)) {
    case 'after':
      return { left: `calc(${to}% + ${gap}px)`, maxWidth: `calc(${100 - to}% - ${gap + 4}px)` };
    case 'before':
      return { right: `calc(${100 - from}% + ${gap}px)`, maxWidth: `calc(${from}% - ${gap + 4}px)`, textAlign: 'right' };
    case 'over':
      return { left: pct(from), maxWidth: pct(Math.max(to - from, 30)), top: 0, lineHeight: '16px' };
  }
}

/** What the user recorded about a step, as the lane shows it. */
export interface LaneStatus {
  /** "⚠ 逾期，已延期", "✓ 已完成"; empty when nothing is recorded and nothing is overdue. */
  text: string;
  overdue: boolean;
}

/**
 * One step on its own lane: the mark, and its label where the year has room.
 * Decorative for assistive technology: the row lists the same steps as text.
 */
export function MarkLane({ mark, label, problem, status }: { mark: TimelineMark; label: string; problem: string; status?: LaneStatus }) {
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
  const text = status?.text ? `${status.text} · ${label}` : label;
  return (
    // On a phone the year is too narrow to set a label beside its mark: it goes on its own line above it, and wraps.
    <div className={`relative max-sm:flex max-sm:h-auto max-sm:flex-col-reverse ${over ? 'h-10' : 'h-6'}`} title={text}>
      <div className="absolute inset-x-0 bottom-0 h-6 max-sm:relative">
        {status?.overdue ? <OverdueOutline left={pct(from)} width={width} pad={mark.kind === 'point' ? OUTLINE_PAD.point : OUTLINE_PAD.bar} /> : null}
        {mark.kind === 'range' ? <RangeShape left={pct(from)} width={width} openStart={mark.clippedStart} openEnd={mark.clippedEnd} /> : null}
        {mark.kind === 'point' ? <PointShape left={pct(to)} /> : null}
        {mark.kind === 'recurring' ? <RecurringShape left={pct(from)} width={width} ticks={mark.ticks.map((tick) => pct(axisPercent(tick)))} /> : null}
      </div>
      <span
        className={`absolute truncate text-xs max-sm:static max-sm:max-w-none! max-sm:whitespace-normal max-sm:text-left! max-sm:leading-4 ${status?.overdue ? 'font-semibold text-bad' : 'text-ink'} ${over ? '' : 'top-0 leading-6'}`}
        style={labelStyle(mark, from, to, status?.overdue === true)}
      >
        {text}
      </span>
    </div>
  );
}
