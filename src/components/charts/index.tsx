/**
 * The shared charts. Bars are plain HTML (small, accessible, always labelled) and
 * the donut is plain SVG: both paint with the page's first frame, with no chart
 * library on the dashboard's first screen (Recharts only loads for the compare view).
 */
import BarChartView from './BarChartView';
import DonutChartView from './DonutChartView';
import type { ChartProps } from './types';

export function BarChart(props: ChartProps) {
  return <BarChartView {...props} />;
}

export function DonutChart(props: ChartProps) {
  return <DonutChartView {...props} />;
}

export { ChartLegend } from './ChartLegend';
export type { ChartDatum, ChartProps } from './types';
export { ACCENT, REST, SERIES_COLORS, seriesColor } from './palette';
