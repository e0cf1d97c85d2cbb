/**
 * The shared charts. DonutChart, BarChart and ColumnChart are Recharts, loaded lazily as
 * one chunk (Recharts is ~100 KB gzip and stays off the first paint); until it arrives each
 * shows ChartFallback, a box of its size carrying its id. BarList is HTML and loads at once.
 */
import { startTransition, Suspense, useEffect, useState, useSyncExternalStore, type ComponentType } from 'react';
import { afterNextFrame } from '../afterNextFrame';
import { lazyView } from '../lazyView';
import { whenIdle } from '../whenIdle';
import { ChartFallback } from './ChartFallback';
import { memoChart, type ChartMemoSpec } from './memoChart';
import type { DonutChartProps } from './DonutChartView';
import type { ChartDatum, ChartProps } from './types';

const kinds = () => import('./rechartsKinds');
/** A kind redraws only when its rows, size, label text or formatted values change (see memoChart). */
const KIND_MEMO: ChartMemoSpec<DonutChartProps> = {
  handlers: ['onSelect'],
  formatters: ['valueFormatter', 'labelFormatter'],
  texts: ({ data, valueFormatter, labelFormatter }) => data.flatMap((d) => [valueFormatter(d), labelFormatter?.(d) ?? '']),
};
const donut = lazyView(() => kinds().then((m) => m.DonutChartView as ComponentType<DonutChartProps>));
const bars = lazyView(() => kinds().then((m) => m.BarChartView as ComponentType<ChartProps>));
const columns = lazyView(() => kinds().then((m) => m.ColumnChartView as ComponentType<ChartProps>));
const DonutView = memoChart(donut, KIND_MEMO);
const BarView = memoChart(bars, KIND_MEMO);
const ColumnView = memoChart(columns, KIND_MEMO);

/** True once the Recharts chunk has arrived (or failed: the chart then shows its frame's fail message). */
let settled = false;
const listeners = new Set<() => void>();
/** Set on the prerendered page: the build's SVG stands in until the page is idle or the reader acts. */
let waitForIdle = false;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function settle(): void {
  if (settled) return;
  settled = true;
  for (const listener of listeners) listener();
}

/** Starts loading the Recharts chunk without drawing anything. */
export function preloadCharts(): Promise<unknown> {
  const loading = Promise.all([donut.preload(), bars.preload(), columns.preload()]);
  loading.then(settle, settle);
  return loading;
}

const READER_ACTS = ['pointerdown', 'keydown'] as const;

/**
 * For the prerendered page, whose charts are the build's Recharts SVG already: the chunk (~100 KB gzip,
 * a long task to compile and draw on a phone) loads when the page is idle, or at once when the reader
 * presses a key or a pointer, instead of competing with hydration. Measured with Lighthouse mobile on the
 * seed: requested at start-up, TBT 73–346 ms and performance 0.90–0.97 (median 0.94).
 */
export function preloadChartsWhenIdle(timeout: number): void {
  waitForIdle = true;
  const start = () => {
    cancel();
    for (const name of READER_ACTS) window.removeEventListener(name, start, true);
    void preloadCharts().catch(() => undefined);
  };
  const cancel = whenIdle(start, timeout);
  for (const name of READER_ACTS) window.addEventListener(name, start, { capture: true, passive: true });
}

/**
 * False while the build prerenders and while the page hydrates that HTML, and until the chunk has
 * arrived. The server's renderToString cannot wait for a lazy chunk: a chart that suspended there would
 * make React throw away the boundary on hydration (error 419). So both draw the fallback, and the chart
 * is drawn once its code is here.
 */
function useChartsReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => settled,
    () => false,
  );
}

/** Once the page's first screen has painted, a chart mounts drawn; before, it waits for that paint. */
let firstScreenPainted = false;

/**
 * False in the commit that mounts a chart before the page's first screen has painted, then true from a
 * transition started after the next frame: the first screen's figures paint first, and its charts a
 * frame later. Recharts' first render in a commit measures its box (a forced layout) and draws again at
 * once, synchronously, with every passive effect of the commit flushed first: drawn in the first commit
 * of ?data=bench/large-budget.json, the two overview charts held the first figure back by ~100 ms.
 */
function useFirstScreenPainted(): boolean {
  const [painted, setPainted] = useState(firstScreenPainted);
  useEffect(() => {
    if (painted) return;
    return afterNextFrame(() => {
      firstScreenPainted = true;
      startTransition(() => setPainted(true));
    });
  }, [painted]);
  return painted;
}

function lazyKind<P extends ChartProps>(View: ComponentType<P>) {
  return function Chart(props: P) {
    const fallback = <ChartFallback id={props.id} height={props.height} width={props.width} />;
    const loaded = useChartsReady();
    const painted = useFirstScreenPainted();
    const ready = loaded && painted;
    useEffect(() => {
      if (!waitForIdle) void preloadCharts().catch(() => undefined);
    }, []);
    return ready ? <Suspense fallback={fallback}>{<View {...props} />}</Suspense> : fallback;
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
