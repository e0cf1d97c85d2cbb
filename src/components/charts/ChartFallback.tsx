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
      // Markup, not text, and never a user's: at build time the SVG jsdom serialised from Recharts drawing the
      // embedded seed (text escaped by the serialiser); in the page, the same markup read back from the page's
      // own prerendered HTML before hydration (components/prerenderedCharts.ts). A user's dataset is never
      // prerendered (the build embeds only the checked seed), so its names reach the DOM only as React text.
      {...(svg === undefined ? {} : { dangerouslySetInnerHTML: { __html: svg } })}
    />
  );
}
