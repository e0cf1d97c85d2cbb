/**
 * Hostile milestone-status files in Chromium, generated here: one nested 100,000
 * levels deep (200 KB) and one naming 150,000 steps the dataset does not have
 * (4 MB). Each is refused with a message at once, the list stays short, and no
 * main-thread task reaches a second.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const keyWork = (page: Page) => page.locator('#key-work');
const DATASET = { department: '芦山县社会保险事务中心', fiscalYear: 2021 };
const statusFile = (statuses: string) =>
  `{"format":"budget-lens-milestone-statuses","formatVersion":1,"dataset":${JSON.stringify(DATASET)},"statuses":${statuses}}`;

/** Long tasks from here on, read back with longestTask(). */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
}

const longestTask = (page: Page) => page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));

async function importStatuses(page: Page, name: string, text: string) {
  await page.goto('./?s=key-work&asof=2021-05-10');
  const input = keyWork(page).getByLabel('导入进度…');
  await expect(input).toBeEnabled();
  await watchLongTasks(page);
  // From a file on disk: a buffer would be decoded by script in the page, a long task of the test's own making.
  const path = test.info().outputPath(name);
  writeFileSync(path, text);
  await input.setInputFiles(path);
  return keyWork(page).getByRole('alert').filter({ hasText: `无法导入 ${name}` });
}

test('a status file nested 100,000 levels deep is refused at once with one message', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const depth = 100_000;
  const text = statusFile(`{"zhongren-data":${'['.repeat(depth)}${']'.repeat(depth)}}`);
  const alert = await importStatuses(page, 'deep.json', text);
  await expect(alert).toContainText('发现 1 个问题');
  await expect(alert).toContainText('嵌套层级过深（最多 16 层），不是进度记录文件');
  const longest = await longestTask(page);
  console.log(`deep status file (${text.length} chars): longest main-thread task ${Math.round(longest)} ms`);
  expect(longest).toBeLessThan(1000);
});

test('a status file naming 150,000 unknown steps lists 20 of them and offers all as a download', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const ids = Array.from({ length: 150_000 }, (_, i) => `"x${i}":{"status":"done"}`);
  const text = statusFile(`{${ids.join(',')}}`);
  const alert = await importStatuses(page, 'unknown.json', text);
  await expect(alert).toContainText('发现 150000 个问题');
  await expect(alert.getByRole('listitem')).toHaveCount(20);
  await expect(alert).toContainText('另有 149980 个问题未列出。');
  const results = await new AxeBuilder({ page }).include('#key-work figure').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const longest = await longestTask(page);
  console.log(`150,000 unknown ids (${text.length} chars): longest main-thread task ${Math.round(longest)} ms`);
  expect(longest).toBeLessThan(1000);

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: '下载全部 150000 个问题（文本）' }).click();
  const lines = readFileSync((await (await download).path())!, 'utf8').trimEnd().split('\n');
  expect(lines).toHaveLength(150_000);
  expect(lines.at(-1)).toBe('statuses.x149999：本数据集没有此时间节点');
});
