/**
 * Loads that end badly or late never decide what is on screen: a `?data=` server
 * that never finishes is given up on with a message (the dataset shown before
 * stays), and of several choices made in a row the last one wins, however long
 * the earlier ones take.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const EDU_2021 = 'tests/fixtures/valid/example-edu-2021-wanyuan.json';
const SEED = '芦山县社会保险事务中心';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** A same-origin file whose server accepts the request and never answers; counts the page's workers and those stopped. */
async function serveNeverEnding(page: Page): Promise<{ asked: string[]; workers: { started: number; stopped: number } }> {
  const asked: string[] = [];
  const workers = { started: 0, stopped: 0 };
  await page.route('**/never-ends.json', (route) => {
    asked.push(route.request().url());
  });
  page.on('worker', (worker) => {
    workers.started += 1;
    worker.on('close', () => (workers.stopped += 1));
  });
  return { asked, workers };
}

test('a ?data= server that never finishes: after 30 s the page says so and shows the seed, not "loading" for ever', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const { asked, workers } = await serveNeverEnding(page);
  await page.clock.install();
  await page.goto('./?data=never-ends.json');
  await expect(page.getByText('正在加载预算…')).toBeVisible();
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  await page.clock.fastForward('00:31');
  // The worker waiting on the request is stopped with it, not left running.
  await expect.poll(() => workers.stopped).toBe(workers.started);
  expect(workers.started).toBeGreaterThan(0);
  const alert = page.getByRole('alert').filter({ hasText: '无法打开所请求的数据集' });
  await expect(alert).toContainText('服务器在 30 秒内没有送完文件，已停止等待。');
  await expect(alert).toContainText('现显示内置示例');
  await expect(heading(page)).toHaveText(SEED);
});

test('a ?data= server that never finishes, opened from another dataset: that dataset stays on screen', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await serveNeverEnding(page);
  await page.clock.install();
  await page.goto('./');
  await page.getByLabel('打开文件…').setInputFiles(EDU_2021);
  await expect(heading(page)).toHaveText('示例县教育和体育局');
  await page.getByTestId('load-report').getByRole('button', { name: '关闭' }).click();
  // A link inside the app to a file on the same server (as a bookmark or a shared link would be).
  await page.evaluate(() => {
    history.pushState(null, '', '?data=never-ends.json');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.clock.fastForward('00:31');
  const alert = page.getByRole('alert').filter({ hasText: '无法打开所请求的数据集' });
  await expect(alert).toContainText('仍显示原来的数据集');
  await expect(heading(page)).toHaveText('示例县教育和体育局');
  // Dismissing it makes the address name what is shown.
  await alert.getByRole('button', { name: '关闭' }).click();
  await expect(alert).toBeHidden();
  await expect(heading(page)).toHaveText('示例县教育和体育局');
  await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBeNull();
  await expect.poll(() => new URL(page.url()).searchParams.get('dataset')).toMatch(/.+/);
});

/** A valid budget made large (about 12 MB) by an ignored top-level key, so validating it in the worker takes a while. */
function largeBudget(path: string): string {
  const file = JSON.parse(readFileSync(EDU_2021, 'utf8')) as Record<string, unknown>;
  file.attachments = Array.from({ length: 80_000 }, (_, i) => ({ id: `note-${i}`, text: '附件说明'.repeat(8), pages: [i, i + 1] }));
  writeFileSync(path, JSON.stringify(file));
  return path;
}

test('a large file picked first, then a small one: the small one stays on screen once the large one is done', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const large = largeBudget(test.info().outputPath('large-edu.json'));
  await page.goto('./');
  const picker = page.getByLabel('打开文件…');
  await picker.setInputFiles(large);
  await picker.setInputFiles('tests/fixtures/valid/example-culture-2022-lei-only.json');
  await expect(heading(page)).toHaveText('示例县文化馆');
  const chosen = new URL(page.url()).searchParams.get('dataset');
  // The large one finishes later: it joins the library (nothing lost) and changes nothing on screen.
  await expect(page.getByRole('combobox', { name: '数据集' }).getByRole('option', { name: /示例县教育和体育局/ })).toHaveCount(1, { timeout: 20_000 });
  await expect(heading(page)).toHaveText('示例县文化馆');
  await expect.poll(() => new URL(page.url()).searchParams.get('dataset')).toBe(chosen);
});

test('the seed picked in 数据集 while a large file validates stays on screen', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const large = largeBudget(test.info().outputPath('large-edu.json'));
  await page.goto('./');
  await page.getByLabel('打开文件…').setInputFiles('tests/fixtures/valid/example-culture-2022-lei-only.json');
  await expect(heading(page)).toHaveText('示例县文化馆');
  await page.getByTestId('load-report').getByRole('button', { name: '关闭' }).click();
  await page.getByLabel('打开文件…').setInputFiles(large);
  await page.getByRole('combobox', { name: '数据集' }).selectOption('seed');
  await expect(heading(page)).toHaveText(SEED);
  await expect(page.getByRole('combobox', { name: '数据集' }).getByRole('option', { name: /示例县教育和体育局/ })).toHaveCount(1, { timeout: 20_000 });
  await expect(heading(page)).toHaveText(SEED);
  await expect.poll(() => new URL(page.url()).searchParams.get('dataset')).toBeNull();
  await expect(page.getByText(/正在读取/)).toBeHidden();
});
