/**
 * Checks the hostile-input suite makes of every input: what the page showed, that it
 * kept the dataset on screen when it refused, that nothing left the origin, and how
 * long the main thread froze (PerformanceObserver 'longtask', buffered, read after the action).
 */
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { measureFreeze, observeLongTasks } from '../../../scripts/hostile/longTasks';

/** Longest main-thread task any input may cause. */
export const MAX_TASK_MS = 1000;

export const VALID = 'tests/fixtures/valid/example-edu-2021-wanyuan.json';
export const VALID_NAME = '示例县教育和体育局';

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/**
 * Every request from the page and its workers, checked by host (the shared fixture also
 * aborts them); returns the list to assert empty at the end.
 */
export function watchRequests(page: Page): string[] {
  const offsite: string[] = [];
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') offsite.push(request.url());
  });
  return offsite;
}

/** A page showing the valid example (not the built-in seed), so "kept" means kept. */
export async function showValid(page: Page): Promise<string | null> {
  await observeLongTasks(page);
  await page.goto('./');
  await page.getByLabel('打开文件…').setInputFiles(VALID);
  await expect(heading(page)).toHaveText(VALID_NAME);
  await page.getByTestId('load-report').getByRole('button', { name: '关闭' }).click();
  return new URL(page.url()).searchParams.get('dataset');
}

/** Runs an action that ends with its outcome on screen, and fails if it froze the page. */
export async function withinOneSecond(page: Page, what: string, act: () => Promise<void>) {
  const { longestTask } = await measureFreeze(page, act);
  expect.soft(longestTask, `${what}: longest main-thread task (ms)`).toBeLessThanOrEqual(MAX_TASK_MS);
}

/** The loader's refusal: the file named, every path given, the dataset said to stay; then closed. */
export async function expectRefused(page: Page, name: string, paths: string[]) {
  const report = page.getByRole('alert');
  await expect(report).toContainText(`${name} 无法载入`, { timeout: 60_000 });
  await expect(report).toContainText('当前显示的数据集保持不变');
  for (const path of paths) await expect(report.locator('code', { hasText: path }).first()).toBeVisible();
  await report.getByRole('button', { name: '关闭' }).click();
  await expect(report).toHaveCount(0);
}

export async function expectKept(page: Page, name: string, dataset: string | null) {
  await expect(heading(page)).toHaveText(name);
  expect(new URL(page.url()).searchParams.get('dataset')).toBe(dataset);
}
