import { fitLabel } from './fitLabel';
import { GANTT_COLORS, MARK_SIZE, OverdueBox, PointMark, RangeMark, RecurringMark, type MarkSize } from './GanttMarks';
import type { GanttLane, GanttMark } from './types';

const FONT_SIZE = 12;
/** Room between a mark and its label, and the padding of an overdue box. */
const GAP = 6;
const OVERDUE_PAD = { point: 10, other: 5 };
/** A lane this tall sets an "over" label on its own line above the mark, clear of a recurring step's ticks. */
export const TWO_LINE_LANE = 36;

interface Box {
  x: number;
  width: number;
  cy: number;
  size: MarkSize;
  /** Where an "over" label sits: its own line when the lane has room, else on the mark with a halo. */
  overY?: number;
}

function Mark({ mark, box }: { mark: GanttMark; box: Box }) {
  const at = (months: number) => box.x + (months / 12) * box.width;
  const x = at(mark.from);
  const width = at(mark.to) - x;
  const pad = mark.kind === 'point' ? OVERDUE_PAD.point : OVERDUE_PAD.other;
  return (
    <g>
      {mark.overdue ? <OverdueBox x={x} width={width} cy={box.cy} pad={pad} height={box.size.bar + 2 * GAP} /> : null}
      {mark.kind === 'range' ? <RangeMark x={x} width={width} cy={box.cy} size={box.size} openStart={mark.openStart === true} openEnd={mark.openEnd === true} /> : null}
      {mark.kind === 'point' ? <PointMark x={at(mark.to)} cy={box.cy} size={box.size} /> : null}
      {mark.kind === 'recurring' ? <RecurringMark x={x} width={width} cy={box.cy} ticks={mark.ticks.map(at)} size={box.size} /> : null}
    </g>
  );
}

function Label({ lane, box }: { lane: GanttLane; box: Box }) {
  const first = lane.marks[0];
  if (!lane.label || !first) return null;
  const at = (months: number) => box.x + (months / 12) * box.width;
  const from = at(Math.min(...lane.marks.map((m) => m.from)));
  const to = at(Math.max(...lane.marks.map((m) => m.to)));
  const gap = GAP + (first.kind === 'point' ? 6 : 0) + (lane.marks.some((m) => m.overdue) ? GAP : 0);
  const anchor = lane.labelAnchor ?? 'after';
  const place =
    anchor === 'after'
      ? { x: to + gap, room: box.x + box.width - to - gap, textAnchor: 'start' as const }
      : anchor === 'before'
        ? { x: from - gap, room: from - gap - box.x, textAnchor: 'end' as const }
        : { x: from + 2, room: box.x + box.width - from - 4, textAnchor: 'start' as const };
  const halo = anchor === 'over' && box.overY === undefined;
  return (
    <text
      x={place.x}
      y={anchor === 'over' ? (box.overY ?? box.cy) : box.cy}
      dominantBaseline="central"
      textAnchor={place.textAnchor}
      fontSize={FONT_SIZE}
      fontWeight={lane.alert ? 600 : 400}
      fill={lane.alert ? GANTT_COLORS.alert : GANTT_COLORS.ink}
      // Over a bar, a white halo keeps the words readable on the colour.
      {...(halo ? { stroke: '#ffffff', strokeWidth: 3, paintOrder: 'stroke' } : {})}
    >
      {fitLabel(lane.label, place.room, FONT_SIZE)}
    </text>
  );
}

/** One lane: its marks, and its label where the year has room (or the reason nothing is drawn). */
export function LaneMarks({ lane, x, width, y, height, size = MARK_SIZE }: { lane: GanttLane; x: number; width: number; y: number; height: number; size?: MarkSize }) {
  const twoLines = lane.labelAnchor === 'over' && height >= TWO_LINE_LANE;
  const box: Box = twoLines ? { x, width, cy: y + height - 12, size, overY: y + 8 } : { x, width, cy: y + height / 2, size };
  if (lane.text !== undefined) {
    return (
      <text x={x + 4} y={box.cy} dominantBaseline="central" fontSize={FONT_SIZE} fill={lane.alert ? GANTT_COLORS.alert : GANTT_COLORS.ink}>
        {fitLabel(lane.text, width - 8, FONT_SIZE)}
      </text>
    );
  }
  return (
    <g>
      {lane.marks.map((mark) => (
        <Mark key={mark.key} mark={mark} box={box} />
      ))}
      <Label lane={lane} box={box} />
    </g>
  );
}
