/**
 * Every malformed file in tests/fixtures/bad goes through the real file picker: each
 * gets its message (file name and every path), the dataset on screen stays, no
 * payload runs and nothing reaches the console (the fixture fails the test on errors).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const cases = JSON.parse(readFileSync('tests/fixtures/bad/cases.json', 'utf8')) as { file: string; paths: string[] }[];
const VALID = 'tests/fixtures/valid/example-edu-2021-wanyuan.json';

async function showValidDataset(page: Page) {
  await page.goto('./');
  await page.getByLabel('打开文件…').setInputFiles(VALID);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('示例县教育和体育局');
  await page.getByTestId('load-report').getByRole('button', { name: '关闭' }).click();
  return new URL(page.url()).searchParams.get('dataset');
}

async function expectStillShown(page: Page, dataset: string | null) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('示例县教育和体育局');
  await expect(page.getByText('1,500.16 万元').first()).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('dataset')).toBe(dataset);
}

const chunks = [0, 1, 2, 3].map((i) => cases.slice(i * 10, i * 10 + 10)).filter((c) => c.length > 0);

for (const [index, chunk] of chunks.entries()) {
  test(`malformed files ${index * 10 + 1}–${index * 10 + chunk.length}: each gets its message, the dataset stays`, async ({
    page,
    offsiteRequests,
    pageErrors,
  }) => {
    void offsiteRequests;
    void pageErrors;
    test.setTimeout(90_000);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const dataset = await showValidDataset(page);
    for (const { file, paths } of chunk) {
      await page.getByLabel('打开文件…').setInputFiles(`tests/fixtures/bad/${file}`);
      const report = page.getByRole('alert');
      await expect(report).toContainText(`${file} 无法载入`);
      await expect(report).toContainText('当前显示的数据集保持不变');
      for (const path of paths) await expect(report.locator('code', { hasText: path }).first()).toBeVisible();
      await report.getByRole('button', { name: '关闭' }).click();
      await expect(report).toHaveCount(0);
      await expectStillShown(page, dataset);
    }
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
}

test('a 30 MB file is refused with its size; an HTML file name shows as text', async ({ page, offsiteRequests, pageErrors }, testInfo) => {
  void offsiteRequests;
  void pageErrors;
  const dataset = await showValidDataset(page);
  const big = testInfo.outputPath('budget-30mb.json');
  // Generated, never committed: a real JSON file of 30 MB (a long array of numbers).
  writeFileSync(big, `{"padding": [${'1234567890,'.repeat((30 * 1024 * 1024) / 11)}0]}`);
  await page.getByLabel('打开文件…').setInputFiles(big);
  await expect(page.getByRole('alert')).toContainText(/文件大小为 30\.0 MB，超过 20\.0 MB 的上限/);
  await page.getByRole('alert').getByRole('button', { name: '关闭' }).click();
  await expectStillShown(page, dataset);

  const name = '<img src=x onerror="window.__xss=1">.json';
  await page.getByLabel('打开文件…').setInputFiles({ name, mimeType: 'application/json', buffer: readFileSync('tests/fixtures/bad/total-negative.json') });
  await expect(page.getByRole('alert')).toContainText(`${name} 无法载入`);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('files over 1 MB are validated in a Web Worker: a valid one loads, a broken one is reported', async ({ page, offsiteRequests, pageErrors }, testInfo) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const valid = JSON.parse(readFileSync(VALID, 'utf8')) as Record<string, unknown>;
  // Unknown top-level keys are kept and ignored: 2 MB of notes make a large but valid file.
  valid.notes = Array.from({ length: 20_000 }, (_, i) => `第 ${i} 条附注：本单位按规定编制预算，所列金额均为测试用虚构数据。`);
  const large = testInfo.outputPath('large-valid.json');
  writeFileSync(large, JSON.stringify(valid));
  await page.getByLabel('打开文件…').setInputFiles(large);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('示例县教育和体育局');
  expect(workers.some((url) => url.includes('parseWorker'))).toBe(true);

  const broken = testInfo.outputPath('large-broken.json');
  writeFileSync(broken, JSON.stringify({ ...valid, total: -1, unit: 'yuan' }));
  await page.getByLabel('打开文件…').setInputFiles(broken);
  const report = page.getByRole('alert');
  await expect(report).toContainText('large-broken.json 无法载入');
  await expect(report.locator('code', { hasText: /^unit$/ })).toBeVisible();
});
