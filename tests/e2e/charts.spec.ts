/**
 * Issue 11: every chart kind is Recharts SVG carrying the seed's figures as <text>, and the
 * charts still set the filter by mouse and by keyboard.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A chart's Recharts drawing, found by its chart id (one per chart, stable across languages). */
function chart(page: Page, id: string) {
  return page.locator(`[data-chart-id="${id}"]:not([data-chart-fallback]) svg.recharts-surface`);
}

async function texts(page: Page, id: string): Promise<string[]> {
  const surface = chart(page, id);
  await surface.scrollIntoViewIfNeeded();
  await expect(surface.locator('text').first()).toBeVisible();
  return surface.locator('text').allTextContents();
}

/** The filter is set the way a user sees it: the address names the 类 and the chip shows its amount. */
async function expectFiltered(page: Page, name: string, chip: string) {
  await expect.poll(() => new URL(page.url()).searchParams.get('cat')).toBe(name);
  await expect(page.getByTestId('filter-chip')).toContainText(chip);
}

/** Clicks the structure chart's mark for a 类 and checks that the filter is set to it. */
async function filterByMark(page: Page, name: string, amount: string) {
  await chart(page, 'overview-structure').locator(`path[name="${name}"]`).click();
  await expectFiltered(page, name, amount);
}

test('every chart kind draws the seed figures as Recharts SVG text', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  // Donuts: each segment labelled with its share.
  expect(await texts(page, 'overview-structure')).toEqual(expect.arrayContaining(['63.35%', '21.50%', '9.79%', '5.35%']));
  expect(await texts(page, 'overview-revenue')).toContain('100%');
  expect(await texts(page, 'spending-basic-project')).toContain('100%');
  // Bars: names on the axis, values at the bar ends, 0 and 未编入预算 written out.
  const threePublic = await texts(page, 'other-three-public');
  expect(threePublic).toEqual(expect.arrayContaining(['公务接待费', '0.10 万元', '因公出国（境）费', '未编入预算', '0.00 万元']));
  // Columns: 机关运行经费 by year, staffing in 人.
  expect(await texts(page, 'other-operating')).toEqual(expect.arrayContaining(['11.06 万元', '8.55 万元']));
  expect(await texts(page, 'staffing-counts')).toEqual(expect.arrayContaining(['编制数', '12 人', '在职人员', '9 人']));
});

test('a click on a donut segment filters: the address gets cat= and the chip shows', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await filterByMark(page, '社会保障和就业支出', '23.49 万元');
});

test('a click on a Recharts bar filters (a budget with more than five 类, drawn as bars)', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const file = JSON.parse(await readFile('public/data/lushan-shebao-2021.json', 'utf8')) as { functional: unknown[] };
  for (const [code, name, amount] of [['211', '节能环保支出', 1], ['212', '城乡社区支出', 2], ['213', '农林水支出', 3]] as const)
    file.functional.push({ code, name, amount });
  await page.route('**/shared/seven.json', (route) => route.fulfill({ body: JSON.stringify(file), contentType: 'application/json' }));
  await page.goto('./?data=shared/seven.json');
  await filterByMark(page, '住房保障支出', '10.70 万元');
});

test('the keyboard path: a legend entry filters with Enter', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  const structure = page.getByRole('figure', { name: '支出功能分类构成' });
  await structure.getByRole('button', { name: /卫生健康支出/ }).focus();
  await page.keyboard.press('Enter');
  await expectFiltered(page, '卫生健康支出', '5.85 万元');
});

test('axe finds nothing on the overview once its Recharts charts are drawn', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await expect(chart(page, 'overview-structure')).toBeVisible();
  await expect(chart(page, 'overview-revenue')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('#overview').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
