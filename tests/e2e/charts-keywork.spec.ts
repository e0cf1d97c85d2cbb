/**
 * The key-work charts in Chromium, drawn by Recharts: the timeline's eleven tasks,
 * the 中人 steps at the ends of February, April and June, a task opened by a
 * click on its chart and by the keyboard, and axe on the section.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const keyWork = (page: Page) => page.locator('#key-work');
const timeline = (page: Page) => keyWork(page).getByRole('figure', { name: '2021 年重点工作时间安排' });
const taskRow = (page: Page, name: string) => timeline(page).getByRole('listitem').filter({ has: page.getByRole('button', { name }) });

test('the timeline draws every task, and the 中人 deadlines at the ends of February, April and June, in Recharts SVG', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?s=key-work');
  await expect(timeline(page).getByRole('button', { expanded: false })).toHaveCount(11);
  // Six tasks have dated steps: each is one Recharts chart; the five without say so in words.
  await expect(timeline(page).locator('[data-chart-id^="key-work-"] svg.recharts-surface')).toHaveCount(6);
  await expect(timeline(page).getByText('无具体时间安排')).toHaveCount(5);

  const chart = taskRow(page, '“中人待遇”需稳妥').locator('svg.recharts-surface');
  for (const label of ['2 月底前完成 207 名“中人”基础数据清理', '预计 4 月兑现 2018-2019 年退休“中人”待遇', '预计 6 月兑现 2020 年退休“中人”待遇']) {
    await expect(chart.locator('text', { hasText: label })).toHaveCount(1);
  }
  // Each deadline's diamond sits at the end of its month on the January–December axis.
  const box = (await chart.boundingBox())!;
  const diamonds = chart.locator('path[fill="#D55E00"]');
  await expect(diamonds).toHaveCount(4);
  const at = await diamonds.evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect()).map((r) => r.left + r.width / 2));
  expect(at.slice(0, 3).map((x) => Math.round(((x - box.x) / box.width) * 12))).toEqual([2, 4, 6]);
});

test('a task opens by a click on its chart and from the keyboard, and axe finds nothing', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?s=key-work&asof=2021-05-10');
  const row = taskRow(page, '全民参保全覆盖');
  const button = row.getByRole('button', { name: /全民参保全覆盖/ });
  const bar = row.locator('svg.recharts-surface path[fill="#0072B2"]').first();
  await expect(bar).toBeVisible();
  await bar.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(row.getByText('联合居保中心推进全民参保扩面', { exact: false })).toBeVisible();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  const other = timeline(page).getByRole('button', { name: /政策宣传全覆盖/ });
  await other.focus();
  await page.keyboard.press('Enter');
  await expect(other).toHaveAttribute('aria-expanded', 'true');
  await expect(taskRow(page, '政策宣传全覆盖').getByRole('group', { name: /3 月底前分批组织参保企业培训/ })).toBeVisible();

  const results = await new AxeBuilder({ page }).include('#key-work').analyze();
  expect(results.violations).toEqual([]);
});

test('the 中人 groups (100 / 60 / 47) and the cumulative pay-out are Recharts SVG', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?s=key-work');
  await keyWork(page).getByRole('button', { name: /分批兑现进度/ }).click();
  const groups = keyWork(page).getByRole('figure', { name: '按分组的人数' }).locator('[data-chart-id="cohort-groups"] svg.recharts-surface');
  for (const [name, value] of [
    ['2018 年退休', '100 人'],
    ['2019 年退休', '60 人'],
    ['2020 年退休', '47 人'],
  ]) {
    await expect(groups.locator('text', { hasText: name })).toHaveCount(1);
    await expect(groups.locator('text', { hasText: new RegExp(`^${value}$`) })).toHaveCount(1);
  }
  const cumulative = keyWork(page).getByRole('figure', { name: '按月累计兑现（计划）' }).locator('[data-chart-id="cohort-cumulative"] svg.recharts-surface');
  // The plan's labels: 0 until March, 160 from April, 207 from June.
  await expect(cumulative.locator('text', { hasText: /^0$/ })).toHaveCount(3);
  await expect(cumulative.locator('text', { hasText: /^160$/ })).toHaveCount(2);
  await expect(cumulative.locator('text', { hasText: /^207$/ })).toHaveCount(7);
  await expect(cumulative.locator('text', { hasText: '合计 207 人' })).toHaveCount(1);
});

test('compare draws its paired bars in Recharts SVG, figures and 无此类别 written at the bar ends', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?s=compare');
  await page.getByLabel('打开文件…').setInputFiles('tests/fixtures/valid/example-edu-2021-wanyuan.json');
  await page.getByTestId('load-report').getByRole('button', { name: '关闭' }).click();
  await page.getByRole('link', { name: '对比' }).click();
  await page.getByLabel('对比对象').selectOption({ label: '内置示例' });
  expect(new URL(page.url()).searchParams.get('compare')).toBe('seed');
  const bars = page.locator('#compare [data-chart-id="compare-categories"]');
  await expect(bars.locator('svg.recharts-surface')).toBeVisible();
  await expect(bars.locator('text', { hasText: '社会保障和就业支出' })).toHaveCount(1);
  await expect(bars.locator('text', { hasText: '无此类别' }).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('#compare').analyze();
  expect(results.violations).toEqual([]);
});
