/**
 * The first screen's charts come in the built page as SVG drawn by Recharts at build
 * time (vite.prerenderCharts.ts), inside each chart's fallback; once the page has
 * loaded, the live Recharts chart has replaced every one of them, with no console
 * error and no hydration error.
 */
import { expect, test } from './fixtures';

/** The overview's two donuts, labelled with the seed's shares. */
const PRERENDERED = ['overview-revenue', 'overview-structure'];
const LABELS: Record<string, string[]> = { 'overview-revenue': ['100%'], 'overview-structure': ['63.35%', '21.50%', '9.79%', '5.35%'] };

test('the built page carries the first screen’s charts as Recharts SVG, and the live charts replace them', async ({ page, request, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors; // a hydration mismatch is reported as an error
  const html = await (await request.get('./')).text();
  const fallbacks = [...html.matchAll(/<div data-chart-id="([\w-]+)" data-chart-fallback=""[^>]*>(<svg[^>]* class="recharts-surface"[\s\S]*?<\/svg>)<\/div>/g)];
  expect(fallbacks.map(([, id]) => id)).toEqual(PRERENDERED);
  for (const [, id, svg] of fallbacks) {
    expect(svg, id).toMatch(/<path /);
    expect(svg, id).not.toContain('foreignObject');
    for (const label of LABELS[id!] ?? []) expect(svg, `${id} draws ${label}`).toMatch(new RegExp(`<text[^>]*>(<tspan[^>]*>)?${label}`));
  }

  await page.goto('./');
  for (const id of PRERENDERED) await expect(page.locator(`[data-chart-id="${id}"]:not([data-chart-fallback]) svg.recharts-surface`)).toBeVisible();
  await expect(page.locator('[data-chart-fallback]')).toHaveCount(0);
});
