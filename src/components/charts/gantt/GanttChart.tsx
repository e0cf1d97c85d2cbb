import { Suspense } from 'react';
import { lazyView } from '../../lazyView';
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

/** The chart's code (and Recharts'), fetched once: callers that draw charts in slices wait for it first. */
const gantt = lazyView(() => import('./GanttChartView').then((m) => m.default));
export const loadGanttChart = gantt.preload;

/** Recharts stays off the first paint: the chart loads with its section. It redraws only when its lanes or size change (see memoChart). */
const GanttChartView = memoChart(gantt, { handlers: ['onLaneClick'] });

/** A blank box the chart's size: it holds the chart's place until the chart is drawn, so nothing below moves. */
export function GanttPlaceholder({ lanes, laneHeight, chartId }: Pick<GanttChartProps, 'lanes' | 'laneHeight' | 'chartId'>) {
  return <div data-chart-id={chartId} aria-hidden="true" style={{ height: lanes.length * laneHeight }} />;
}

/** Lanes of Gantt marks; the placeholder holds the place while Recharts loads. */
export function GanttChart(props: GanttChartProps) {
  return (
    <Suspense fallback={<GanttPlaceholder {...props} />}>
      <GanttChartView {...props} />
    </Suspense>
  );
}
