/**
 * The shared charts. Bars are plain HTML (small, accessible, always labelled);
 * the donut uses Recharts, which is large and must stay off the first paint, so
 * it loads lazily and suspends on its own with its height reserved.
 */
import { lazy, Suspense } from 'react';
import BarChartView from './BarChartView';
import type { ChartProps } from './types';

const DonutChartView = lazy(() => import('./DonutChartView'));

function placeholder(height: number) {
  return <div style={{ height }} aria-hidden="true" className="animate-pulse rounded bg-canvas" />;
}

export function BarChart(props: ChartProps) {
  return <BarChartView {...props} />;
}

export function DonutChart(props: ChartProps) {
  return (
    <Suspense fallback={placeholder(props.height)}>
      <DonutChartView {...props} />
    </Suspense>
  );
}

export { ChartLegend } from './ChartLegend';
export type { ChartDatum, ChartProps } from './types';
export { ACCENT, REST, SERIES_COLORS, seriesColor } from './palette';
