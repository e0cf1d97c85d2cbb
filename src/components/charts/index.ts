/**
 * Chart components load lazily: Recharts is large and must stay off the first
 * paint. ChartFrame wraps them in Suspense with the chart's height reserved.
 */
import { lazy } from 'react';

export const BarChart = lazy(() => import('./BarChartView'));
export const DonutChart = lazy(() => import('./DonutChartView'));
export { ChartLegend } from './ChartLegend';
export type { ChartDatum, ChartProps } from './types';
export { ACCENT, REST, SERIES_COLORS, seriesColor } from './palette';
