/**
 * The first screen's charts as static SVG, drawn by Recharts itself when the page
 * was built (src/prerender.tsx mounts them in jsdom at a fixed size). A chart's
 * fallback shows its SVG until the Recharts chunk arrives; Recharts then replaces
 * it (the SVG is never hydrated). The build renders the fallbacks with the SVG it
 * drew; the page reads the same SVG back from its own markup before hydrating, so
 * the fallback's first render matches what is on screen.
 */
const drawn = new Map<string, string>();

/** At build time, before the first screen is rendered to HTML. */
export function keepPrerenderedCharts(charts: Readonly<Record<string, string>>): void {
  drawn.clear();
  for (const [id, svg] of Object.entries(charts)) drawn.set(id, svg);
}

/** In the page, before hydration: each fallback's SVG as the built page carries it. */
export function readPrerenderedCharts(root: ParentNode): void {
  for (const fallback of root.querySelectorAll<HTMLElement>('[data-chart-fallback][data-chart-id]')) {
    const id = fallback.dataset.chartId;
    if (id && fallback.innerHTML !== '') drawn.set(id, fallback.innerHTML);
  }
}

/** The chart's prerendered SVG markup, when the page carries one. */
export function prerenderedChart(id: string): string | undefined {
  return drawn.get(id);
}
