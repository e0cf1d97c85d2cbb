/**
 * What a chart shows until the Recharts chunk arrives: a box of the chart's own size, so
 * nothing moves. It carries the chart's id: the build puts the chart's prerendered SVG here.
 */
export function ChartFallback({ id, height, width }: { id: string; height: number; width?: number | undefined }) {
  return <div data-chart-id={id} data-chart-fallback="" aria-hidden="true" className="rounded bg-canvas" style={{ height, ...(width ? { width } : {}) }} />;
}
