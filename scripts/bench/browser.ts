/** Page timings in Debian Chromium: first KPI and first chart painted, interactions, long tasks, heap. */
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { installProbe, type ProbeResult, type ProbeTargets } from './probe';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORT = { width: 1366, height: 768 };

/** A chart frame's plot area holding HTML bars, or a drawn SVG shape. */
export const APP_TARGETS: ProbeTargets = { kpi: 'main dl dd', chart: 'figure [role="tabpanel"] :is(ul > li, [role="img"] svg path)', chartMin: 1 };

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export const median = (values: number[]): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function openProbed(browser: Browser, url: string, targets: ProbeTargets): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  await page.addInitScript(probeScript(targets));
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.chart !== undefined && (window.__bench.kpi !== undefined || !document.querySelector('main dl')), undefined, {
    timeout: 30_000,
  });
  return { page, close: () => context.close() };
}

/**
 * The probe as page script text. tsx compiles with keepNames, which wraps functions
 * in a `__name` helper the page does not have; an identity stands in for it.
 */
export function probeScript(targets: ProbeTargets): { content: string } {
  return { content: `var __name = (f) => f;\n(${installProbe.toString()})(${JSON.stringify(targets)});` };
}

const probe = (page: Page) => page.evaluate(() => window.__bench as ProbeResult);

/** Arms the probe for the next `type` event, performs the input, waits for its frame. */
async function timed(page: Page, name: string, type: 'click' | 'keydown', act: () => Promise<void>): Promise<void> {
  const before = await page.evaluate((n) => window.__bench.interactions[n]?.length ?? 0, name);
  await page.evaluate(([n, t]) => (window.__bench.armed = { name: n!, type: t! }), [name, type]);
  await act();
  await page.waitForFunction(([n, count]) => (window.__bench.interactions[n as string]?.length ?? 0) > (count as number), [name, before] as const);
  // Let lazy parts that the input revealed settle before the next input.
  await page.waitForTimeout(150);
}

function frameOf(page: Page, heading: string): Locator {
  return page.locator('figure', { has: page.getByRole('heading', { name: heading, exact: true }) }).first();
}

export interface LoadTimings {
  kpi: number | undefined;
  chart: number | undefined;
  fcp: number | undefined;
  lcp: number | undefined;
}

/** Navigation timings, `runs` fresh page loads, median of each. */
export async function measureLoad(browser: Browser, url: string, targets: ProbeTargets, runs: number): Promise<LoadTimings & { samples: LoadTimings[] }> {
  const samples: LoadTimings[] = [];
  for (let i = 0; i < runs; i++) {
    const { page, close } = await openProbed(browser, url, targets);
    await page.waitForTimeout(300);
    const r = await probe(page);
    samples.push({ kpi: r.kpi, chart: r.chart, fcp: r.fcp, lcp: r.lcp });
    await close();
  }
  const pick = (k: keyof LoadTimings) => median(samples.map((s) => s[k]).filter((v): v is number => v !== undefined));
  return { kpi: pick('kpi'), chart: pick('chart'), fcp: pick('fcp'), lcp: pick('lcp'), samples };
}

export interface InteractionReport {
  interactions: Record<string, { median: number | undefined; max: number | undefined; samples: number[] }>;
  longTasks: { count: number; maxMs: number; totalMs: number; over200: number };
  eventTimingMaxMs: number | undefined;
  /** JS heap in use on the dashboard after the interactions and a garbage collection. */
  heapUsedMB: number;
}

/**
 * One session on the dashboard: filter clicks (the 类 chart, on and off), drill-down
 * in the spending chart, the key-work table view, a scroll through every section,
 * then the deck's slide changes. Long tasks are counted over the whole session,
 * page load included.
 */
export async function measureSession(browser: Browser, base: string, query: string, rounds: number): Promise<InteractionReport> {
  const { page, close } = await openProbed(browser, `${base}?${query}`, APP_TARGETS);
  const cdp = await page.context().newCDPSession(page);
  // The first screen can be on view before the page's scripts run (it is prerendered): clicks are timed once the
  // page has loaded, as a reader's would be, not while it is still starting (load itself is measured above).
  await page.waitForLoadState('networkidle');

  const structure = frameOf(page, '支出功能分类构成').locator('button[aria-pressed]').first();
  for (let i = 0; i < rounds * 2; i++) await timed(page, 'filter', 'click', () => structure.click());

  await page.locator('#spending').scrollIntoViewIfNeeded();
  const drill = frameOf(page, '支出功能分类');
  for (let i = 0; i < rounds; i++) {
    await drill.locator('ul button').first().waitFor();
    await timed(page, 'drill', 'click', () => drill.locator('ul button').first().click());
    await timed(page, 'drillBack', 'click', () => drill.getByRole('navigation').getByRole('button').first().click());
  }

  await page.locator('#key-work').scrollIntoViewIfNeeded();
  const timeline = page.locator('#key-work figure').first();
  await timeline.waitFor();
  for (let i = 0; i < rounds; i++) {
    await timed(page, 'keyWorkTable', 'click', () => timeline.getByRole('tab', { name: '表格' }).click());
    await timed(page, 'keyWorkChart', 'click', () => timeline.getByRole('tab', { name: '图表' }).click());
  }

  // Every section once, as a reader scrolling the report would reach it.
  for (const id of ['overview', 'spending', 'staffing', 'key-work', 'other', 'findings', 'compare', 'glossary']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
  }
  await page.waitForFunction(() => document.querySelectorAll('main section[aria-busy]').length === 0);

  // The same filter clicks with every section drawn (after scrolling, or once the page has been quiet for a while).
  await page.locator('#overview').scrollIntoViewIfNeeded();
  for (let i = 0; i < rounds * 2; i++) await timed(page, 'filterAllDrawn', 'click', () => structure.click());

  const dashboard = await probe(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

  // The deck is its own page load (the probe starts afresh there).
  await page.goto(`${base}?${query}&present=1&slide=1`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  for (let i = 0; i < rounds * 2; i++) await timed(page, 'slide', 'keydown', () => page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft'));
  const deck = await probe(page);

  await close();

  const interactions = Object.fromEntries(
    Object.entries({ ...dashboard.interactions, ...deck.interactions }).map(([name, samples]) => [
      name,
      { median: median(samples), max: maxOf(samples), samples },
    ]),
  );
  return {
    interactions,
    longTasks: summarizeLongTasks([...dashboard.longTasks, ...deck.longTasks]),
    eventTimingMaxMs: maxOf([...dashboard.eventTiming, ...deck.eventTiming].map((e) => e.duration)),
    heapUsedMB: heap.usedSize / 1024 / 1024,
  };
}

const maxOf = (values: number[]) => (values.length ? Math.max(...values) : undefined);

export function summarizeLongTasks(tasks: { duration: number }[]) {
  return {
    count: tasks.length,
    maxMs: maxOf(tasks.map((t) => t.duration)) ?? 0,
    totalMs: tasks.reduce((s, t) => s + t.duration, 0),
    over200: tasks.filter((t) => t.duration > 200).length,
  };
}
