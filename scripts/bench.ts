/**
 * The performance bench: builds the app and a bare Vite + React + Recharts baseline,
 * serves both with `vite preview`, and measures them in Debian Chromium on the seed and
 * on the generated large budget (scripts/gen-large.ts): page loads, every kind of
 * interaction by Event Timing (rounds alternate with the bare page's filter toggle),
 * long tasks, a CPU profile of the slowest interactions, Lighthouse. Prints Markdown
 * and writes it with JSON to bench-results/ (git-ignored).
 *
 * Usage: npm run bench [-- --runs=5 --rounds=5 --lh-runs=3 --lh-budgets=seed --no-lighthouse --no-library --no-profile --dist=<folder>]
 * `--dist` measures a build already made (another commit's `vite build --outDir <folder>`) with this bench, for A/B runs.
 * Ports: BENCH_PORT (default 4191) for the app, +1 for the baseline.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generate, LARGE_FILE } from './gen-large';
import { APP_TARGETS, launch, median, measureLoad } from './bench/browser';
import { measureBundle } from './bench/bundle';
import { baselineRound, dashboardRound, deckRound, newRecorder, type Instrument, type Recorder } from './bench/interactions';
import { measureLibrary } from './bench/library';
import { lighthouse } from './bench/lighthouse';
import { profiler, renderProfiles } from './bench/profile';
import { renderMarkdown, type BenchResult, type BudgetResult } from './bench/report';
import { preview, type Server } from './bench/server';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]));
const RUNS = Number(args.get('runs') ?? 5);
const ROUNDS = Number(args.get('rounds') ?? 5);
const LH_RUNS = Number(args.get('lh-runs') ?? 3);
const LH_BUDGETS = (args.get('lh-budgets') ?? 'seed,large').split(',');
const PORT = Number(process.env.BENCH_PORT ?? 4191);
/** How many of the slowest interaction kinds (by median) the profile covers, per budget. */
const PROFILED_KINDS = 4;

const OUT = resolve('bench-results');
/** A build made elsewhere (`--dist`), or this tree built by the bench. */
const GIVEN_DIST = args.get('dist');
const DIST = GIVEN_DIST ? resolve(GIVEN_DIST) : join(OUT, 'dist');
const BASELINE_DIST = join(OUT, 'baseline-dist');
const LARGE_URL = `bench/${LARGE_FILE}`;

function step(text: string) {
  console.log(`» ${text}`);
}

function vite(...viteArgs: string[]) {
  execFileSync('node_modules/.bin/vite', viteArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
}

interface Budget {
  name: string;
  query: string;
}

const BUDGETS: Budget[] = [
  // The seed at the default address: the page as users open it (prerendered, then hydrated; zh-CN is the default).
  { name: 'seed', query: '' },
  { name: 'large', query: `data=${encodeURIComponent(LARGE_URL)}` },
];

const withQuery = (url: string, query: string) => (query ? `${url}?${query}` : url);


async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return heap.usedSize / 1024 / 1024;
}

/** One round on a budget: the dashboard then the deck, each a fresh load. Returns the heap after the dashboard. */
async function budgetRound(browser: Browser, appUrl: string, budget: Budget, rec: Recorder, instrument?: Instrument): Promise<number> {
  const page = await dashboardRound(browser, withQuery(appUrl, budget.query), rec, instrument);
  const heap = await heapAfterGc(page);
  await page.context().close();
  const deck = await deckRound(browser, withQuery(appUrl, [budget.query, 'present=1&slide=1'].filter(Boolean).join('&')), rec, instrument);
  await deck.context().close();
  return heap;
}

async function main() {
  step('generating the large budget and the 200-dataset library');
  const data = generate(join(OUT, 'data'));
  const loadAverage = loadavg().map((l) => l.toFixed(1)).join(' / ');

  step(GIVEN_DIST ? `measuring the build in ${DIST}; building the baseline` : 'building the app and the baseline');
  if (!GIVEN_DIST) vite('build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn');
  mkdirSync(join(DIST, 'bench'), { recursive: true });
  copyFileSync(data.large, join(DIST, LARGE_URL));
  vite('build', '--config', 'scripts/bench/baseline/vite.config.ts', '--outDir', BASELINE_DIST, '--emptyOutDir');
  const bundle = measureBundle(DIST);
  const baselineBundle = measureBundle(BASELINE_DIST);

  const servers: Server[] = [];
  const browser = await launch();
  // Ctrl-C still stops the preview servers (they run in their own process groups).
  const interrupted = () => void Promise.all(servers.map((s) => s.stop())).finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const app = await preview(DIST, PORT);
    servers.push(app);
    const base = await preview(BASELINE_DIST, PORT + 1, 'scripts/bench/baseline/vite.config.ts');
    servers.push(base);

    step(`page loads: ${RUNS} each for the bare page and every budget`);
    const baselineLoad = await measureLoad(browser, base.url, { chart: '.recharts-bar-rectangle', chartMin: 100 }, RUNS);
    const loads = new Map<string, Awaited<ReturnType<typeof measureLoad>>>();
    for (const b of BUDGETS) loads.set(b.name, await measureLoad(browser, withQuery(app.url, b.query), APP_TARGETS, RUNS));

    const bare = newRecorder();
    const recorders = new Map(BUDGETS.map((b) => [b.name, newRecorder()]));
    const heaps = new Map<string, number[]>();
    for (let round = 1; round <= ROUNDS; round++) {
      step(`interactions, round ${round} of ${ROUNDS}: bare page, then ${BUDGETS.map((b) => b.name).join(', ')}`);
      await baselineRound(browser, base.url, bare);
      for (const b of BUDGETS) {
        const heap = await budgetRound(browser, app.url, b, recorders.get(b.name)!);
        heaps.set(b.name, [...(heaps.get(b.name) ?? []), heap]);
      }
    }

    const budgets: BudgetResult[] = [];
    for (const b of BUDGETS) {
      const rec = recorders.get(b.name)!;
      const result: BudgetResult = { name: b.name, load: loads.get(b.name)!, interactions: rec.kinds, longTasksAfterLoad: rec.longTasksAfterLoad, heapUsedMB: median(heaps.get(b.name) ?? []) };
      if (!args.has('no-lighthouse') && LH_BUDGETS.includes(b.name)) {
        step(`${b.name}: Lighthouse mobile and desktop, ${LH_RUNS} runs each`);
        const url = withQuery(app.url, b.query);
        result.lighthouse = { mobile: await lighthouse(url, 'mobile', LH_RUNS), desktop: await lighthouse(url, 'desktop', LH_RUNS) };
      }
      budgets.push(result);
    }

    const profileParts: string[] = [];
    if (!args.has('no-profile')) {
      for (const b of BUDGETS) {
        step(`${b.name}: one profiled round (CDP Profiler, mapped through the source maps)`);
        const { instrument, profiles } = profiler(DIST);
        await budgetRound(browser, app.url, b, newRecorder(), instrument);
        const slowest = Object.entries(recorders.get(b.name)!.kinds)
          .sort((x, y) => (median(y[1].eventTiming) ?? 0) - (median(x[1].eventTiming) ?? 0))
          .slice(0, PROFILED_KINDS)
          .map(([kind]) => kind);
        profileParts.push(renderProfiles(`${b.name}: the ${PROFILED_KINDS} slowest interaction kinds by Event Timing median`, profiles, slowest));
      }
    }

    let library;
    if (!args.has('no-library')) {
      step(`library: importing ${data.library.length} datasets`);
      library = await measureLibrary(browser, app.url, data.library);
    }

    const cpu = cpus();
    const result: BenchResult = {
      date: new Date().toISOString().slice(0, 10),
      rounds: ROUNDS,
      machine: {
        cpus: cpu.length,
        cpuModel: cpu[0]?.model.trim() ?? 'unknown',
        memoryGB: Math.round(totalmem() / 1024 ** 3),
        chromium: `Chromium ${browser.version()}`,
        node: process.version,
        os: `${type()} ${release()}`,
        loadAverage,
      },
      bundle,
      baseline: { load: baselineLoad, initialJsGzip: baselineBundle.initialJsGzip, interactions: bare.kinds },
      budgets,
      ...(library ? { library } : {}),
    };
    const markdown = renderMarkdown(result);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    writeFileSync(join(OUT, `bench-${stamp}.json`), JSON.stringify(result, null, 2));
    writeFileSync(join(OUT, 'latest.json'), JSON.stringify(result, null, 2));
    writeFileSync(join(OUT, 'latest.md'), markdown);
    if (profileParts.length) writeFileSync(join(OUT, 'profile.md'), `# CPU profile of the slowest interactions\n\n${profileParts.join('\n\n')}\n`);
    console.log(`\n${markdown}\n${profileParts.join('\n\n')}\n\nJSON: bench-results/bench-${stamp}.json`);
  } finally {
    await browser.close();
    for (const server of servers) await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
