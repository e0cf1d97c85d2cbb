/**
 * How long the main thread freezes on valid but large budgets (issue 14 item 7), measured
 * in Debian Chromium with PerformanceObserver 'longtask' and Event Timing. Prints one row
 * per case: the longest task while the file is opened, and in the step that used to freeze.
 *
 * Usage: npx vite build && tsx scripts/bench-hostile.ts [--dist dist] [--only name] [--single]
 * (BENCH_PORT, default 4196, picks the preview port). Files are generated into a temp dir.
 * --single also builds the single-file page with a budget at every limit embedded and
 * measures opening it from file:// (where no worker can start, so it parses on the main thread).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from './bench/browser';
import { preview } from './bench/server';
import { atEveryLimit, GENERATED_NAME, manyCategories, manyMilestones, manyTasks } from './hostile/inputs';
import { measureFreeze, observeLongTasks, type Freeze } from './hostile/longTasks';
import { MAX_CATEGORIES, MAX_KEY_WORK_ITEMS, MAX_MILESTONES_PER_ITEM } from '../src/data/limits';

type Step = (page: Page) => Promise<Freeze>;

interface Case {
  name: string;
  budget: () => unknown;
  /** The step that froze before the fix (opening the filter list, the task, the deck…). */
  step: [string, Step];
}

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** Chooses the first category by keyboard: the old <select> changes on ↓, the combobox opens on ↓ and chooses on Enter. */
async function chooseCategory(page: Page): Promise<Freeze> {
  const combobox = page.getByRole('combobox', { name: '支出类别' });
  const native = await combobox.evaluate((el) => el.tagName === 'SELECT');
  await combobox.focus();
  return measureFreeze(page, async () => {
    for (const key of native ? ['ArrowDown'] : ['ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter']) await page.keyboard.press(key);
    await page.getByTestId('filter-chip').waitFor({ timeout: 120_000 });
  });
}

async function openBiggestTask(page: Page): Promise<Freeze> {
  await page.getByRole('navigation', { name: '章节' }).getByRole('link', { name: '重点工作' }).click();
  const task = page.locator('#key-work').getByRole('button', { name: /步骤很多的工作/ });
  await task.waitFor({ timeout: 60_000 });
  return measureFreeze(page, () => task.click({ timeout: 300_000 }));
}

async function walkDeck(page: Page): Promise<Freeze> {
  await page.getByRole('button', { name: '演示' }).click();
  await page.getByRole('button', { name: '下载 PPT' }).waitFor({ timeout: 60_000 });
  let worst: Freeze = { longestTask: 0, longestInteraction: 0 };
  for (let i = 0; i < 8; i++) {
    const f = await measureFreeze(page, () => page.keyboard.press('ArrowRight'), 100);
    worst = { longestTask: Math.max(worst.longestTask, f.longestTask), longestInteraction: Math.max(worst.longestInteraction, f.longestInteraction) };
  }
  const pptx = await measureFreeze(page, async () => {
    await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: '下载 PPT' }).click()]);
  });
  console.log(`    .pptx build: longest task ${pptx.longestTask} ms`);
  return worst;
}

const CASES: Case[] = [
  { name: '100,000 categories flat', budget: () => manyCategories(100_000, 'flat'), step: ['choose a category', chooseCategory] },
  { name: '100,000 categories under one 类', budget: () => manyCategories(100_000, 'underOne'), step: ['choose a category', chooseCategory] },
  { name: '20,000 categories flat', budget: () => manyCategories(20_000, 'flat'), step: ['choose a category', chooseCategory] },
  { name: `${MAX_CATEGORIES.toLocaleString('en')} categories under one 类 (limit)`, budget: () => manyCategories(MAX_CATEGORIES, 'underOne'), step: ['choose a category', chooseCategory] },
  { name: '100,000 milestones in one task', budget: () => manyMilestones(100_000), step: ['open the task', openBiggestTask] },
  { name: `${MAX_MILESTONES_PER_ITEM} milestones in one task (limit)`, budget: () => manyMilestones(MAX_MILESTONES_PER_ITEM), step: ['open the task', openBiggestTask] },
  { name: '100,000 key-work items', budget: () => manyTasks(100_000), step: ['deck: 8 slide changes', walkDeck] },
  { name: `${MAX_KEY_WORK_ITEMS.toLocaleString('en')} key-work items (limit)`, budget: () => manyTasks(MAX_KEY_WORK_ITEMS), step: ['deck: 8 slide changes', walkDeck] },
];

/** The single-file build with a budget at every limit as its default, opened from file://. */
async function singleFile(browser: Browser, dir: string): Promise<string> {
  const file = join(dir, 'every-limit.json');
  writeFileSync(file, JSON.stringify(atEveryLimit()));
  const outDir = join(dir, 'single');
  execFileSync('node_modules/.bin/vite', ['build', '--config', 'vite.single.config.ts', '--outDir', outDir], {
    env: { ...process.env, EMBED_BUDGETS: `${file}=data/lushan-shebao-2021.json` },
    stdio: 'ignore',
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await observeLongTasks(page);
  const f = await measureFreeze(page, async () => {
    await page.goto(`file://${join(outDir, 'index.html')}`);
    await page.getByRole('heading', { level: 1, name: GENERATED_NAME }).waitFor({ timeout: 120_000 });
  }, 1500);
  await context.close();
  return `| single-file build, a budget at every limit embedded | shown | ${f.longestTask} ms | – |`;
}

async function run() {
  const dist = arg('dist') ?? 'dist';
  const only = arg('only');
  const dir = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
  const server = await preview(dist, Number(process.env.BENCH_PORT ?? 4196));
  const browser = await launch();
  const rows: string[] = [];
  try {
    for (const c of CASES.filter((c) => !only || c.name.includes(only))) {
      const file = join(dir, 'budget.json');
      writeFileSync(file, JSON.stringify(c.budget()));
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
      await observeLongTasks(page);
      await page.goto(server.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      console.log(`${c.name}…`);
      const started = Date.now();
      const open = await measureFreeze(page, async () => {
        await page.getByLabel('打开文件…').setInputFiles(file);
        await page.getByRole('heading', { level: 1, name: GENERATED_NAME }).or(page.getByRole('alert')).first().waitFor({ timeout: 180_000 });
      });
      const refused = (await page.getByRole('alert').count()) > 0;
      const outcome = refused ? 'refused' : `shown in ${Date.now() - started} ms`;
      let stepText = '– (refused)';
      if (!refused) {
        try {
          const f = await c.step[1](page);
          stepText = `${c.step[0]}: ${f.longestTask} ms (interaction ${f.longestInteraction} ms)`;
        } catch (error) {
          stepText = `${c.step[0]}: did not finish (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
        }
      }
      rows.push(`| ${c.name} | ${outcome} | ${open.longestTask} ms | ${stepText} |`);
      console.log(rows.at(-1));
      await context.close();
    }
    if (process.argv.includes('--single')) {
      rows.push(await singleFile(browser, dir));
      console.log(rows.at(-1));
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nLongest main-thread task, ${dist} (Chromium ${browser.version()}):\n`);
  console.log('| budget | outcome | opening the file | the step that froze |\n| --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

await run();
