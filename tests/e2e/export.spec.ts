/**
 * Chart pictures as users get them (issue 11): the SVG is true vector (no
 * foreignObject; the title, names and figures are <text> with the CJK font
 * named, bars and segments are shapes), for Recharts' donut, bars and columns
 * and for the HTML bar list; the PNG is the same picture at twice the figure's size.
 */
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { expectPngAtTwice } from './support/figures';

interface SvgFacts {
  error: string;
  root: string;
  foreignObjects: number;
  texts: string[];
  shapes: number;
  fontFamily: string;
  styled: number;
}

/** What a standalone XML parser finds in the file, in a blank page away from the app's policy. */
async function svgFacts(page: Page, svg: string): Promise<SvgFacts> {
  const blank = await page.context().newPage();
  const facts = await blank.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = [...doc.getElementsByTagName('*')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? '',
      root: doc.documentElement.localName,
      foreignObjects: doc.getElementsByTagName('foreignObject').length,
      // A Recharts label keeps its words in a tspan: the <text> holds them all the same.
      texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
      shapes: all.filter((e) => ['rect', 'path', 'circle', 'line', 'polygon'].includes(e.localName)).length,
      fontFamily: doc.documentElement.getAttribute('font-family') ?? '',
      styled: all.filter((e) => e.hasAttribute('class') || e.hasAttribute('style') || [...e.attributes].some((a) => a.value.includes('var('))).length,
    };
  }, svg);
  await blank.close();
  return facts;
}

async function exportSvg(page: Page, frame: Locator): Promise<{ name: string; facts: SvgFacts }> {
  const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /下载 SVG/ }).click()]);
  const facts = await svgFacts(page, await readFile((await download.path())!, 'utf8'));
  expect(facts.error).toBe('');
  expect(facts.root).toBe('svg');
  expect(facts.foreignObjects).toBe(0);
  expect(facts.fontFamily).toContain('Noto Sans CJK SC');
  expect(facts.styled).toBe(0);
  expect(facts.texts).not.toContain('下载 CSV');
  return { name: download.suggestedFilename(), facts };
}

const SOURCE = '来源：芦山县社会保险事务中心 2021 年部门预算编制说明';

/** The figure named `name`, scrolled into view, once its Recharts bars are drawn. */
async function drawnBars(page: Page, name: string): Promise<Locator> {
  const frame = page.getByRole('figure', { name });
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('svg.recharts-surface .recharts-bar')).toBeVisible({ timeout: 20_000 });
  return frame;
}

/** The default view's HTML bar list of 类, scrolled into view and drawn. */
async function functionalBarList(page: Page): Promise<Locator> {
  await page.goto('./');
  const frame = page.getByRole('figure', { name: '支出功能分类', exact: true });
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.getByRole('button', { name: /社会保障和就业支出/ })).toBeVisible();
  return frame;
}

test('a Recharts donut exports as vector SVG: segments as shapes, title, labels, legend figures and source as <text>', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  const frame = page.getByRole('figure', { name: '支出功能分类构成' });
  await expect(frame.locator('svg.recharts-surface .recharts-pie')).toBeVisible({ timeout: 20_000 });
  const { name, facts } = await exportSvg(page, frame);
  expect(name).toBe('支出功能分类构成.svg');
  expect(facts.texts).toEqual(expect.arrayContaining(['支出功能分类构成', '社会保障和就业支出', '21.50%', SOURCE]));
  expect(facts.texts.some((t) => t.startsWith('23.49'))).toBe(true);
  expect(facts.texts.some((t) => t.startsWith('69.21'))).toBe(true);
  expect(facts.shapes).toBeGreaterThanOrEqual(4);
});

test('Recharts bar and column charts export their own marks and labels with the frame’s title', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  const bars = await drawnBars(page, '“三公”经费（按类别）');
  const threePublic = (await exportSvg(page, bars)).facts;
  expect(threePublic.texts).toEqual(expect.arrayContaining(['“三公”经费（按类别）', '公务接待费', '0.10 万元', SOURCE]));
  expect(threePublic.shapes).toBeGreaterThanOrEqual(2);

  const columns = await drawnBars(page, '编制与人员');
  const staffing = (await exportSvg(page, columns)).facts;
  expect(staffing.texts).toEqual(expect.arrayContaining(['编制与人员', '编制数', '在职人员', '12 人', '9 人']));
  expect(staffing.shapes).toBeGreaterThanOrEqual(5);
});

test('the HTML bar list exports as vector SVG: one bar per stated 类, names and figures as <text>', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const frame = await functionalBarList(page);
  const { facts } = await exportSvg(page, frame);
  expect(facts.texts).toEqual(expect.arrayContaining(['支出功能分类', '一般公共服务支出', '社会保障和就业支出', '69.21（63.35%）', '23.49（21.50%）', '未说明', SOURCE]));
  // Four stated 类 draw four bars; the unstated 教育支出 draws none.
  expect(facts.shapes).toBeGreaterThanOrEqual(4);
});

test('the PNG is the same picture at twice the figure’s CSS size', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const frame = await functionalBarList(page);
  await expectPngAtTwice(page, frame, '支出功能分类.png', 1);
});
