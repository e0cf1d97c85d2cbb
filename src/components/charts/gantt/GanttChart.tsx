import { lazy, Suspense } from 'react';
import { memoChart } from '../memoChart';
import type { MarkSize } from './GanttMarks';
import type { GanttLane } from './types';

export interface GanttChartProps {
  lanes: readonly GanttLane[];
  /** Pixels per lane: the chart is exactly lanes × laneHeight tall, so rows beside it line up. */
  laneHeight: number;
  /** The as-of day in months since 1 January; no line outside the year. */
  asOf?: number | undefined;
  size?: MarkSize;
  /** Lane height when the chart is phone-narrow: each label then gets its own lines above its mark. */
  stackedLaneHeight?: number;
  /** Clicking a lane: the row's own button is the keyboard path to the same. */
  onLaneClick?: (laneKey: string) => void;
  /** Names the chart for exports and tests (data-chart-id). */
  chartId: string;
}

/** Recharts stays off the first paint: the chart loads with its section. It redraws only when its lanes or size change (see memoChart). */
const GanttChartView = memoChart(
  lazy(() => import('./GanttChartView')),
  { handlers: ['onLaneClick'] },
);

/** Lanes of Gantt marks; a blank box of the same size holds the place while Recharts loads. */
export function GanttChart(props: GanttChartProps) {
  const fallback = <div data-chart-id={props.chartId} aria-hidden="true" style={{ height: props.lanes.length * props.laneHeight }} />;
  return (
    <Suspense fallback={fallback}>
      <GanttChartView {...props} />
    </Suspense>
  );
}
