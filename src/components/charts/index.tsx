/**
 * The shared charts. DonutChart, BarChart and ColumnChart are Recharts, loaded lazily as
 * one chunk (Recharts is ~100 KB gzip and stays off the first paint); until it arrives each
 * shows ChartFallback, a box of its size carrying its id. BarList is HTML and loads at once.
 */
import { lazy, Suspense, useSyncExternalStore, type ComponentType } from 'react';
import { ChartFallback } from './ChartFallback';
import type { DonutChartProps } from './DonutChartView';
import type { ChartDatum, ChartProps } from './types';

const kinds = () => import('./rechartsKinds');
const DonutView = lazy(() => kinds().then((m) => ({ default: m.DonutChartView as ComponentType<DonutChartProps> })));
const BarView = lazy(() => kinds().then((m) => ({ default: m.BarChartView as ComponentType<ChartProps> })));
const ColumnView = lazy(() => kinds().then((m) => ({ default: m.ColumnChartView as ComponentType<ChartProps> })));

/** Starts loading the Recharts chunk (e.g. when idle after the first paint) without drawing anything. */
export function preloadCharts(): Promise<unknown> {
  return kinds();
}

const noSubscription = () => () => undefined;

/**
 * False while the build prerenders and while the page hydrates that HTML, true after. The server's
 * renderToString cannot wait for a lazy chunk: a chart that suspended there would make React throw
 * away the boundary on hydration (error 419). So both draw the fallback, and the chart loads after.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

function lazyKind<P extends ChartProps>(View: ComponentType<P>) {
  return function Chart(props: P) {
    const fallback = <ChartFallback id={props.id} height={props.height} width={props.width} />;
    const hydrated = useHydrated();
    return hydrated ? <Suspense fallback={fallback}>{<View {...props} />}</Suspense> : fallback;
  };
}

const Donut = lazyKind(DonutView);
const Bars = lazyKind(BarView);
const Columns = lazyKind(ColumnView);

/** Parts of a whole (2–4): Recharts Pie with an inner radius; pair it with ChartLegend. */
export function DonutChart<D extends ChartDatum>(props: DonutChartProps<D>) {
  return <Donut {...(props as unknown as DonutChartProps)} />;
}

/** Horizontal bars for named categories (Recharts, layout="vertical"). */
export function BarChart<D extends ChartDatum>(props: ChartProps<D>) {
  return <Bars {...(props as unknown as ChartProps)} />;
}

/** Vertical columns for a few short categories such as years (Recharts). */
export function ColumnChart<D extends ChartDatum>(props: ChartProps<D>) {
  return <Columns {...(props as unknown as ChartProps)} />;
}

export { BarList, type BarListProps } from './BarList';
export { ChartFallback } from './ChartFallback';
export { ChartLegend } from './ChartLegend';
export type { ChartDatum, ChartProps, ValueFormatter } from './types';
export type { DonutChartProps } from './DonutChartView';
export { ACCENT, REST, SERIES_COLORS, seriesColor } from './palette';
