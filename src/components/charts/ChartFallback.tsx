import { prerenderedChart } from '../prerenderedCharts';

/**
 * What a chart shows until the Recharts chunk arrives: a box of the chart's own size, so
 * nothing moves. It carries the chart's id: on the prerendered first screen it holds the
 * SVG Recharts drew for it at build time (components/prerenderedCharts.ts).
 */
export function ChartFallback({ id, height, width }: { id: string; height: number; width?: number | undefined }) {
  const svg = prerenderedChart(id);
  return (
    <div
      data-chart-id={id}
      data-chart-fallback=""
      aria-hidden="true"
      className={svg === undefined ? 'rounded bg-canvas' : undefined}
      style={{ height, ...(width ? { width } : {}) }}
      {...(svg === undefined ? {} : { dangerouslySetInnerHTML: { __html: svg } })}
    />
  );
}
