/**
 * The performance bench: builds the app and a bare Vite + React + Recharts baseline,
 * serves both with `vite preview`, and measures them in Debian Chromium on the seed and
 * on the generated large budget (scripts/gen-large.ts). Prints Markdown tables and writes
 * JSON to bench-results/ (git-ignored).
 *
 * Usage: npm run bench [-- --runs=5 --rounds=3 --no-lighthouse --no-library]
 * Ports: BENCH_PORT (default 4191) for the app, +1 for the baseline.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { generate, LARGE_FILE } from './gen-large';
import { APP_TARGETS, launch, measureLoad, measureSession } from './bench/browser';
import { measureBundle } from './bench/bundle';
import { measureLibrary } from './bench/library';
import { lighthouse } from './bench/lighthouse';
import { renderMarkdown, type BenchResult, type BudgetResult } from './bench/report';
import { preview, type Server } from './bench/server';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]));
const RUNS = Number(args.get('runs') ?? 5);
const ROUNDS = Number(args.get('rounds') ?? 3);
const LH_RUNS = 3;
const PORT = Number(process.env.BENCH_PORT ?? 4191);

const OUT = resolve('bench-results');
const DIST = join(OUT, 'dist');
const BASELINE_DIST = join(OUT, 'baseline-dist');
const LARGE_URL = `bench/${LARGE_FILE}`;

function step(text: string) {
  console.log(`» ${text}`);
}

function vite(...viteArgs: string[]) {
  execFileSync('node_modules/.bin/vite', viteArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function main() {
  step('generating the large budget and the 200-dataset library');
  const data = generate(join(OUT, 'data'));

  step('building the app and the baseline');
  vite('build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn');
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

    step(`baseline: ${RUNS} page loads`);
    const baselineLoad = await measureLoad(browser, base.url, { chart: '.recharts-bar-rectangle', chartMin: 100 }, RUNS);

    const budgets: BudgetResult[] = [];
    for (const [name, query] of [
      ['seed', ''],
      ['large', `data=${encodeURIComponent(LARGE_URL)}`],
    ] as const) {
      step(`${name}: ${RUNS} page loads, then ${ROUNDS} rounds of interactions`);
      const url = query ? `${app.url}?${query}` : app.url;
      const load = await measureLoad(browser, url, APP_TARGETS, RUNS);
      const session = await measureSession(browser, app.url, query || 'lang=zh-CN', ROUNDS);
      const result: BudgetResult = { name, load, session };
      if (!args.has('no-lighthouse')) {
        step(`${name}: Lighthouse mobile and desktop, ${LH_RUNS} runs each`);
        result.lighthouse = { mobile: await lighthouse(url, 'mobile', LH_RUNS), desktop: await lighthouse(url, 'desktop', LH_RUNS) };
      }
      budgets.push(result);
    }

    let library;
    if (!args.has('no-library')) {
      step(`library: importing ${data.library.length} datasets`);
      library = await measureLibrary(browser, app.url, data.library);
    }

    const cpu = cpus();
    const result: BenchResult = {
      date: new Date().toISOString().slice(0, 10),
      machine: {
        cpus: cpu.length,
        cpuModel: cpu[0]?.model.trim() ?? 'unknown',
        memoryGB: Math.round(totalmem() / 1024 ** 3),
        chromium: `Chromium ${browser.version()}`,
        node: process.version,
        os: `${type()} ${release()}`,
      },
      bundle,
      baseline: { load: baselineLoad, initialJsGzip: baselineBundle.initialJsGzip },
      budgets,
      ...(library ? { library } : {}),
    };
    const markdown = renderMarkdown(result);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    writeFileSync(join(OUT, `bench-${stamp}.json`), JSON.stringify(result, null, 2));
    writeFileSync(join(OUT, 'latest.json'), JSON.stringify(result, null, 2));
    writeFileSync(join(OUT, 'latest.md'), markdown);
    console.log(`\n${markdown}\nJSON: bench-results/bench-${stamp}.json`);
  } finally {
    await browser.close();
    for (const server of servers) await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
