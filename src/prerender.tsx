/**
 * The first screen as HTML, rendered when the page is built (vite.prerender.ts),
 * so a reader sees the dashboard with the page's first paint instead of after its
 * scripts have loaded and run; the scripts then take it over (hydrate) as it is.
 * Renders exactly what the page's own first render draws for the default view:
 * the budget the page carries validated, in Chinese, no filter; each chart's
 * fallback carries the SVG Recharts drew for it in jsdom (drawFirstScreenCharts).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { keepPrerenderedCharts } from './components/prerenderedCharts';
import { App, createQueryClient } from './app/App';
import { seedFromCheckedText } from './data/queries/checkedBudget';

/** How often the jsdom mount is checked for charts Recharts has finished drawing. */
const POLL_MS = 50;
/** A first screen without charts, or whose chart chunk never draws, ships with plain fallbacks. */
const GIVE_UP_MS = 20_000;

export function prerenderFirstScreen(budgetText: string, charts: Readonly<Record<string, string>> = {}): string {
  const queryClient = createQueryClient();
  seedFromCheckedText(queryClient, budgetText);
  keepPrerenderedCharts(charts);
  const html = renderToString(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
  queryClient.clear();
  return html;
}

/**
 * Mounts the app in a DOM (jsdom, with its globals installed: vite.prerenderCharts.ts)
 * and, once Recharts has replaced every chart's fallback, returns each chart's SVG by
 * its id. Recharts draws at the size the chart reserves (no layout in jsdom), so the
 * SVG is made to fill its box's width, scaling with its viewBox.
 */
export async function drawFirstScreenCharts(budgetText: string): Promise<Record<string, string>> {
  const queryClient = createQueryClient();
  seedFromCheckedText(queryClient, budgetText);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(<App queryClient={queryClient} />);
  // Done when the screen is up, no chart waits for its chunk any more and Recharts has stopped changing the markup.
  let previous = '';
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline && (container.querySelector('main') === null || container.querySelector('[data-chart-fallback]') !== null || container.innerHTML !== previous)) {
    previous = container.innerHTML;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const drawn: Record<string, string> = {};
  for (const chart of container.querySelectorAll<HTMLElement>('[data-chart-id]')) {
    const svg = chart.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (svg && chart.dataset.chartId) drawn[chart.dataset.chartId] = fillWidth(svg);
  }
  root.unmount();
  queryClient.clear();
  return drawn;
}

function fillWidth(svg: SVGSVGElement): string {
  const width = svg.getAttribute('width');
  const height = svg.getAttribute('height');
  if (!svg.hasAttribute('viewBox') && width && height) svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', '100%');
  return svg.outerHTML;
}
