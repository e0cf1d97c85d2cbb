/**
 * Every kind of interaction on the dashboard and the deck, timed the way the browser
 * does it: Event Timing (the entries INP is made of), largest duration per
 * interaction, with real input only (Playwright mouse and keyboard, which Chromium
 * sees as trusted). The bench's own frame probe (event timestamp → next frame) runs
 * alongside, so the two can be compared. Each round is a fresh page load, and its
 * first interaction after load counts like any other.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { APP_TARGETS, openProbed } from './browser';

/** Below Chromium's smallest reporting threshold an interaction gets no entry: it counts as this. */
export const ET_FLOOR_MS = 16;

export interface Samples {
  eventTiming: number[];
  frame: number[];
}

/** What one set of rounds collected: samples per interaction kind, and long tasks that started after load. */
export interface Recorder {
  kinds: Record<string, Samples>;
  longTasksAfterLoad: number[];
}

/** Optional hooks around each timed input (the profiler uses them). */
export interface Instrument {
  before(page: Page, name: string): Promise<void>;
  after(page: Page, name: string): Promise<void>;
}

export const newRecorder = (): Recorder => ({ kinds: {}, longTasksAfterLoad: [] });

const FRAME_TIMEOUT_MS = 15_000;

/**
 * Arms the frame probe for the next `type` event, performs the input, waits for its frame, then for
 * the Event Timing entries (delivered after the paint) that started after the input began.
 */
async function timed(page: Page, rec: Recorder, name: string, type: 'click' | 'keydown', act: () => Promise<void>, instrument?: Instrument) {
  const before = await page.evaluate((n) => window.__bench.interactions[n]?.length ?? 0, name);
  const t0 = await page.evaluate(([n, t]) => {
    window.__bench.armed = { name: n!, type: t! };
    return performance.now();
  }, [name, type]);
  await instrument?.before(page, name);
  await act();
  await page.waitForFunction(([n, count]) => (window.__bench.interactions[n as string]?.length ?? 0) > (count as number), [name, before] as const, {
    timeout: FRAME_TIMEOUT_MS,
  });
  await instrument?.after(page, name);
  const frame = await page.evaluate((n) => window.__bench.interactions[n]!.at(-1)!, name);
  // An interaction over the threshold is reported soon after its paint; one under it never is.
  await page
    .waitForFunction((t) => window.__bench.eventTiming.some((e) => e.startTime >= t), t0, { timeout: 300 })
    .catch(() => undefined);
  await page.waitForTimeout(100);
  const worst = await page.evaluate((t) => {
    const perInteraction = new Map<number, number>();
    for (const e of window.__bench.eventTiming) {
      if (e.startTime >= t) perInteraction.set(e.interactionId, Math.max(perInteraction.get(e.interactionId) ?? 0, e.duration));
    }
    return perInteraction.size ? Math.max(...perInteraction.values()) : undefined;
  }, t0);
  const samples = (rec.kinds[name] ??= { eventTiming: [], frame: [] });
  samples.eventTiming.push(worst ?? ET_FLOOR_MS);
  samples.frame.push(frame);
}

function frameOf(page: Page, heading: string): Locator {
  return page.locator('figure', { has: page.getByRole('heading', { name: heading, exact: true }) }).first();
}

/**
 * A point on a clickable chart mark (a Recharts sector or bar, or any shape drawn with a pointer
 * cursor), found by hit-testing the chart: the centre of a donut segment's box is the hole.
 */
async function markPoint(chart: Locator): Promise<{ x: number; y: number }> {
  await chart.scrollIntoViewIfNeeded();
  // No named helpers inside: tsx would wrap them in a `__name` call the page does not have.
  const point = await chart.evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    for (let fy = 0.1; fy < 1; fy += 0.05) {
      for (let fx = 0.1; fx < 1; fx += 0.05) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        const el = document.elementFromPoint(x, y);
        if (el && svg.contains(el) && (getComputedStyle(el).cursor === 'pointer' || /recharts-(sector|rectangle)/.test(el.getAttribute('class') ?? ''))) return { x, y };
      }
    }
    return undefined;
  });
  if (!point) throw new Error('no clickable mark found in the chart');
  return point;
}

async function clearChip(page: Page, rec: Recorder, instrument?: Instrument) {
  const clear = page.getByRole('button', { name: /^(清除筛选|Clear filter)$/ });
  if (await page.getByTestId('filter-chip').count()) await timed(page, rec, 'chip clear', 'click', () => clear.click(), instrument);
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => performance.now());
}

/** Long tasks that started after `from` (page time), as durations. */
const longTasksSince = (page: Page, from: number) =>
  page.evaluate((t) => window.__bench.longTasks.filter((l) => l.start >= t).map((l) => l.duration), from);

/** One round on the dashboard (fresh load of `url`, zh-CN): every kind of interaction once or twice. */
export async function dashboardRound(browser: Browser, url: string, rec: Recorder, instrument?: Instrument): Promise<Page> {
  const { page } = await openProbed(browser, url, APP_TARGETS);
  const loaded = await settle(page);

  const structure = frameOf(page, '支出功能分类构成');
  // The seed's 类 are few enough for a donut; a budget with many draws them as a ranked bar list.
  const svg = structure.locator('[role="tabpanel"] [role="img"] svg').first();
  const bar = structure.locator('[role="tabpanel"] ul button').first();
  // Whichever the budget draws, wait for it: counting before either exists would take the bar path on a donut.
  await structure.locator('[role="tabpanel"] :is([role="img"] svg, ul button)').first().waitFor();
  const mark = (await svg.count()) ? await markPoint(svg) : undefined;
  await timed(page, rec, 'chart mark (donut segment; a bar on large)', 'click', () => (mark ? page.mouse.click(mark.x, mark.y) : bar.click()), instrument);
  await clearChip(page, rec, instrument);

  // A donut has a legend of buttons; 类 drawn as bars (a large budget) have none, their keyboard path is the table.
  const legend = structure.locator('ul button[aria-pressed]').first();
  if (await legend.count()) for (let i = 0; i < 2; i++) await timed(page, rec, 'legend entry', 'click', () => legend.click(), instrument);

  await structure.getByRole('tab', { name: '表格' }).click();
  const row = structure.locator('table button').first();
  for (let i = 0; i < 2; i++) await timed(page, rec, 'table row', 'click', () => row.click(), instrument);
  await structure.getByRole('tab', { name: '图表' }).click();

  const combobox = page.getByRole('combobox', { name: '支出类别' });
  await combobox.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('住房');
  await timed(page, rec, 'header filter: ArrowDown', 'keydown', () => page.keyboard.press('ArrowDown'), instrument);
  await timed(page, rec, 'header filter: Enter', 'keydown', () => page.keyboard.press('Enter'), instrument);
  await clearChip(page, rec, instrument);
  await combobox.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('社会保障');
  const option = page.getByRole('listbox', { name: '支出类别' }).getByRole('option').first();
  await timed(page, rec, 'header filter: click option', 'click', () => option.click(), instrument);
  await clearChip(page, rec, instrument);

  const drill = frameOf(page, '支出功能分类');
  await timed(page, rec, 'drill down', 'click', () => drill.locator('ul button').first().click(), instrument);
  await timed(page, rec, 'drill back (breadcrumb)', 'click', () => drill.getByRole('navigation').getByRole('button').first().click(), instrument);
  await clearChip(page, rec, instrument);

  const nav = page.getByRole('navigation', { name: '章节' });
  await timed(page, rec, 'section nav link', 'click', () => nav.getByRole('link', { name: '重点工作' }).click(), instrument);
  await timed(page, rec, 'section nav link', 'click', () => nav.getByRole('link', { name: '概览' }).click(), instrument);

  await timed(page, rec, 'unit switch', 'click', () => page.getByRole('button', { name: '元', exact: true }).click(), instrument);
  await timed(page, rec, 'unit switch', 'click', () => page.getByRole('button', { name: '万元', exact: true }).click(), instrument);
  await timed(page, rec, 'language switch', 'click', () => page.getByRole('button', { name: 'English', exact: true }).click(), instrument);
  await timed(page, rec, 'language switch', 'click', () => page.getByRole('button', { name: '中文', exact: true }).click(), instrument);

  rec.longTasksAfterLoad.push(...(await longTasksSince(page, loaded)));
  return page;
}

/** One round on the deck (its own fresh load): slide changes by keyboard. */
export async function deckRound(browser: Browser, url: string, rec: Recorder, instrument?: Instrument): Promise<Page> {
  const { page } = await openProbed(browser, url, { chart: 'article[data-slide]', chartMin: 1 });
  const loaded = await settle(page);
  for (let i = 0; i < 4; i++) await timed(page, rec, 'deck slide change', 'keydown', () => page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft'), instrument);
  rec.longTasksAfterLoad.push(...(await longTasksSince(page, loaded)));
  return page;
}

/** One round on the bare Vite + React + Recharts page: its filter toggle, on and off. */
export async function baselineRound(browser: Browser, url: string, rec: Recorder): Promise<void> {
  const { page, close } = await openProbed(browser, url, { chart: '.recharts-bar-rectangle', chartMin: 100 });
  await settle(page);
  const toggle = page.getByRole('button', { name: 'Only values over 50' });
  for (let i = 0; i < 4; i++) await timed(page, rec, 'bare page filter toggle', 'click', () => toggle.click());
  await close();
}
