/** Page loads in Debian Chromium: the probed page, and first KPI and first chart painted. */
import { chromium, type Browser, type Page } from 'playwright-core';
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

/**
 * A chart mark drawn by Recharts (a donut sector or a bar; the build's prerendered SVG is Recharts' own
 * drawing, so it counts) or a row of the HTML BarList. Not the donut's HTML legend: it is not the chart.
 */
export const APP_TARGETS: ProbeTargets = {
  kpi: 'main dl dd',
  chart: 'figure [role="tabpanel"] :is(.recharts-surface :is(.recharts-sector, .recharts-rectangle), ul[data-chart-id] > li)',
  chartMin: 1,
};

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export const median = (values: number[]): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export async function openProbed(browser: Browser, url: string, targets: ProbeTargets): Promise<{ page: Page; close: () => Promise<void> }> {
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

const maxOf = (values: number[]) => (values.length ? Math.max(...values) : undefined);

export function summarizeLongTasks(tasks: { duration: number }[]) {
  return {
    count: tasks.length,
    maxMs: maxOf(tasks.map((t) => t.duration)) ?? 0,
    totalMs: tasks.reduce((s, t) => s + t.duration, 0),
    over200: tasks.filter((t) => t.duration > 200).length,
  };
}
