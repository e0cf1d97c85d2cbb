/**
 * The first screen's charts drawn by Recharts at build time. Recharts 3 draws nothing
 * under renderToString, but mounted in a DOM at a fixed size it draws fully: this
 * mounts the app in jsdom on the checked seed (src/prerender.tsx, drawFirstScreenCharts)
 * and returns each chart's SVG by its data-chart-id, for vite.prerender.ts to put into
 * the charts' fallbacks.
 *
 * It runs in a child process: the browser globals jsdom provides (and that libraries
 * read once, when first imported, to decide they are in a browser) never touch the
 * build's own process or the server render that follows.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const SELF = fileURLToPath(import.meta.url);
const SRC = fileURLToPath(new URL('./src', import.meta.url));
/**
 * The width a first-screen chart's box has on a 1366 px screen (measured in Chromium: the overview's
 * donuts get 276.8 px). jsdom has no layout, so each chart is drawn at this width; the SVG then scales
 * with its box on other screens until Recharts redraws it at the real size.
 */
const CHART_WIDTH = 277;
/** The chart chunk loads and draws within a few seconds; past this the page ships plain fallbacks. */
const TIMEOUT_MS = 60_000;

/** Runs the child and returns the charts it drew ({} if it could not: the page then shows empty fallbacks). */
export function drawChartsInJsdom(budgetText: string): Promise<Record<string, string>> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', SELF], { timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' } }, (error, stdout, stderr) => {
      if (error) {
        console.warn(`[prerender] the first screen's charts could not be drawn in jsdom, the page ships without them: ${error.message}\n${stderr}`);
        resolve({});
        return;
      }
      resolve(JSON.parse(stdout) as Record<string, string>);
    });
    child.stdin?.end(budgetText);
  });
}

/** No section below the first is mounted at build time (the app's gate waits for an intersection that never comes); no box is resized. */
class NeverIntersecting {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return [];
  }
}

/** Browser globals from one jsdom window, as Vitest's jsdom environment sets them. */
async function installDom(): Promise<void> {
  // jsdom ships no types (it is Vitest's test environment here); only its constructor is needed.
  const jsdom = 'jsdom';
  const { JSDOM } = (await import(jsdom)) as { JSDOM: new (html: string, options: object) => { window: Window & typeof globalThis } };
  const { window } = new JSDOM('<!doctype html><html lang="zh-CN"><body></body></html>', { url: 'http://localhost/', pretendToBeVisual: true });
  const globals = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in globalThis) continue;
    const value = (window as unknown as Record<string, unknown>)[key];
    globals[key] = typeof value === 'function' && /^[a-z]/.test(key) ? (value as (...args: unknown[]) => unknown).bind(window) : value;
  }
  globals.IntersectionObserver = NeverIntersecting;
  // Recharts' ResponsiveContainer reads its box once, then follows a ResizeObserver (here, one that never fires).
  globals.ResizeObserver = NeverIntersecting;
  const measure = window.HTMLElement.prototype.getBoundingClientRect;
  window.HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    if (!this.classList.contains('recharts-responsive-container')) return measure.call(this);
    // The container's height is the one the chart reserves, written in its style.
    return new window.DOMRect(0, 0, CHART_WIDTH, Number.parseFloat(this.style.height));
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (process.argv[1] === SELF) {
  const text = await readStdin();
  await installDom();
  // A module server rather than a one-shot import: the charts' chunk is imported later, when the chart mounts.
  const server = await createServer({ configFile: false, resolve: { alias: { '@': SRC } }, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  const { drawFirstScreenCharts } = (await server.ssrLoadModule(`${SRC}/prerender.tsx`)) as typeof import('./src/prerender.tsx');
  process.stdout.write(JSON.stringify(await drawFirstScreenCharts(text)));
  // The app's timers (query garbage collection, idle work) would keep the child alive.
  process.exit(0);
}
