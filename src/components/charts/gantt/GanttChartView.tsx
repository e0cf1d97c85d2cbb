import { useCallback, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import type { GanttChartProps } from './GanttChart';
import { CJK_FONT } from '../rechartsParts';
import { GANTT_COLORS } from './GanttMarks';
import { LaneMarks } from './LaneMarks';
import type { GanttLane } from './types';

const MONTH_TICKS = Array.from({ length: 13 }, (_, i) => i);
/** Every lane spans the whole year: its shape then places each mark from the band's own scale (x = 1 January, width = 12 months). */
const WHOLE_YEAR = () => [0, 12];

function LaneTooltip({ active, payload }: TooltipContentProps<ValueType, NameType>) {
  const lane = payload?.[0]?.payload as GanttLane | undefined;
  const text = lane?.tooltip ?? lane?.label ?? lane?.text;
  if (!active || !text) return null;
  return <div className="max-w-xs rounded border border-line bg-paper px-2 py-1 text-xs text-ink shadow-sm">{text}</div>;
}

/** Narrower than this, a label beside its mark would be cut: the lanes stack label over mark. */
const NARROW_WIDTH = 480;

/** Whether the chart's own box is phone-narrow, followed as it resizes (the chart, not the window, is what must fit). */
function useNarrowBox(): [narrow: boolean, ref: (box: HTMLDivElement | null) => () => void] {
  const [narrow, setNarrow] = useState(false);
  const ref = useCallback((box: HTMLDivElement | null) => {
    if (!box || typeof ResizeObserver === 'undefined') return () => undefined;
    // Measured at once too (the ref runs in the commit, so the update lands before the paint): waiting for the
    // observer's first report drew one frame of labels beside their marks, cut with "…", on a phone.
    const width = box.getBoundingClientRect().width;
    if (width > 0) setNarrow(width < NARROW_WIDTH);
    const observer = new ResizeObserver(([entry]) => setNarrow((entry?.contentRect.width ?? NARROW_WIDTH) < NARROW_WIDTH));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [narrow, ref];
}

/**
 * Lanes of marks on a January–December axis, drawn by Recharts: the month grid,
 * the as-of line, the tooltip and the bands are Recharts'; each band's marks are
 * the shared Gantt shapes, because a lane may hold several marks of different
 * kinds and a Bar draws one rectangle per datum.
 */
export default function GanttChartView({ lanes, laneHeight: wideLane, asOf, size, onLaneClick, chartId, stackedLaneHeight }: GanttChartProps) {
  const [narrow, ref] = useNarrowBox();
  const stacked = narrow && stackedLaneHeight !== undefined;
  const laneHeight = stacked ? stackedLaneHeight : wideLane;
  const height = lanes.length * laneHeight;
  return (
    <div ref={ref} data-chart-id={chartId} aria-hidden="true" style={{ height, fontFamily: CJK_FONT }}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <BarChart data={[...lanes]} layout="vertical" margin={{ top: 0, right: 0, bottom: 0, left: 0 }} barCategoryGap={0} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={GANTT_COLORS.grid} />
          <XAxis type="number" domain={[0, 12]} ticks={MONTH_TICKS} interval={0} allowDataOverflow hide />
          <YAxis type="category" dataKey="key" hide />
          <Bar
            dataKey={WHOLE_YEAR}
            isAnimationActive={false}
            shape={(props: { x?: number; y?: number; width?: number; height?: number; payload?: GanttLane }) =>
              props.payload ? (
                <LaneMarks
                  lane={props.payload}
                  x={props.x ?? 0}
                  y={props.y ?? 0}
                  width={props.width ?? 0}
                  height={props.height ?? laneHeight}
                  stacked={stacked}
                  {...(size ? { size } : {})}
                />
              ) : (
                <g />
              )
            }
            {...(onLaneClick ? { onClick: (entry: { payload?: GanttLane }) => entry.payload && onLaneClick(entry.payload.key), cursor: 'pointer' } : {})}
          />
          {asOf !== undefined && asOf > 0 && asOf < 12 ? (
            <ReferenceLine x={asOf} stroke={GANTT_COLORS.alert} strokeWidth={2} strokeDasharray="2 3" ifOverflow="hidden" />
          ) : null}
          <Tooltip content={LaneTooltip} cursor={false} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
