/**
 * A budget whose every name, purpose, note and label is an HTML or script payload
 * (tests/fixtures/xss-budget.json, made from the seed): opened by ?data= and through
 * the file picker, every section, the chart tables and the deck show the payloads as
 * text, and none of them runs (a flag a payload would set stays unset, no dialog opens,
 * no element a payload describes appears).
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { chooseCategory } from './support/chooseCategory';

const FIXTURE = 'tests/fixtures/xss-budget.json';
const budget = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { department: { name: string }; functional: { name: string }[] };
const SECTIONS = ['支出', '人员', '重点工作', '其他事项', '核对', '对比', '名词解释', '概览'];

declare global {
  interface Window {
    __xss?: number;
  }
}

async function watchDialogs(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No element that a payload spells out exists in the page.
  expect(await page.locator('img[src="x"], iframe[srcdoc], svg[onload], a[href^="javascript:"], [onerror], [onload]').count()).toBe(0);
}

async function visitEverything(page: Page) {
  for (const name of SECTIONS) await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  const frame = page.locator('figure', { has: page.getByRole('heading', { name: '支出功能分类构成', exact: true }) });
  await frame.getByRole('tab', { name: '表格' }).click();
  await expect(frame.getByRole('rowheader', { name: budget.functional[0]!.name })).toBeVisible();
  await chooseCategory(page, budget.functional[0]!.name);
  await expect(page.getByTestId('filter-chip')).toContainText(budget.functional[0]!.name);
}

test('opened by ?data=, every payload is shown as text and nothing runs', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const dialogs = await watchDialogs(page);
  // Served same-origin, as any file next to the app would be.
  await page.route('**/untrusted/budget.json', (route) => route.fulfill({ path: FIXTURE, contentType: 'application/json' }));
  await page.goto('./?data=untrusted/budget.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(budget.department.name);
  expect(budget.department.name).toContain('<script>');
  await visitEverything(page);
  await expectNothingRan(page, dialogs);

  await page.goto('./?data=untrusted/budget.json&present=1&slide=1');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByText(budget.department.name).first()).toBeAttached();
  await expectNothingRan(page, dialogs);
});

test('loaded through the file picker, the payloads stay text in the dashboard and the library', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const dialogs = await watchDialogs(page);
  await page.goto('./');
  await page.getByLabel('打开文件…').setInputFiles(FIXTURE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(budget.department.name);
  await page.getByTestId('load-report').getByRole('button', { name: '关闭' }).click();
  await visitEverything(page);
  await page.getByRole('button', { name: '管理数据集' }).click();
  await expect(page.getByRole('dialog').getByText(budget.department.name, { exact: false }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(budget.department.name);
  await expectNothingRan(page, dialogs);
});
