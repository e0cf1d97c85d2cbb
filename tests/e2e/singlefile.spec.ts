/**
 * The one-file build opened from a USB stick: file://, no server, no network.
 * Builds dist-single afresh (into a temporary folder, so parallel runs never
 * share it) with the real `build:single` config.
 */
import { test, expect, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { singleFileBuild } from './support/singleFileBuild';

test.describe.configure({ mode: 'serial' });

const outDir = singleFileBuild(test, 'budget-lens-single-');

test('build:single writes one self-contained HTML file with the budget embedded', () => {
  expect(readdirSync(outDir())).toEqual(['index.html']);
  const html = readFileSync(join(outDir(), 'index.html'), 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=/);
  expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
  // Validated by the build with the app's own parser, so the page shows it without loading the validator.
  expect(html).toContain('<script type="application/json" data-budget-url="data/lushan-shebao-2021.json" id="embedded-budget" data-checked="">');
});

/** Fails the test on any request that is not the file itself (or a local data:/blob: URL). */
async function offline(page: Page) {
  const leaked: string[] = [];
  const errors: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    leaked.push(url);
    return route.abort();
  });
  page.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) leaked.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { leaked, errors };
}

test('opens from file:// with every request blocked: dashboard, deck and exports all work', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ offline: true, acceptDownloads: true, viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const { leaked, errors } = await offline(page);

  await page.goto(pathToFileURL(join(outDir(), 'index.html')).href);
  await expect(page.getByRole('heading', { level: 1, name: '芦山县社会保险事务中心' })).toBeVisible();
  await expect(page.getByText('109.25 万元').first()).toBeVisible();

  // A chart exports as a picture from file:// too.
  const frame = page.getByRole('figure', { name: '支出功能分类构成' });
  await frame.getByRole('img').first().waitFor();
  const [png] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /下载 PNG 图片/ }).click()]);
  expect((await readFile((await png.path())!)).subarray(1, 4).toString()).toBe('PNG');

  await page.getByRole('button', { name: '▶ 演示' }).click();
  const headline = page.getByTestId('headline-figure');
  await expect(headline).toHaveText('109.25 万元');
  await page.keyboard.press('ArrowRight');
  await expect(headline).toHaveText('+26.17 万元');
  await page.keyboard.press('PageDown');
  await expect(headline).toHaveText('69.21 万元');
  await expect(page.locator('[data-chart-id="slide-spending"]')).toContainText('23.49（21.50%）');
  await page.keyboard.press('End');
  await expect(headline).toHaveText('1 处');

  const [pptx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 PPT' }).click()]);
  const zip = await JSZip.loadAsync(await readFile((await pptx.path())!));
  const charts = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
      .map((f) => zip.file(f)!.async('string')),
  );
  expect(charts.join('\n')).toContain('<c:v>69.21</c:v>');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: '芦山县社会保险事务中心' })).toBeVisible();

  expect(leaked, 'requests that tried to leave the file').toEqual([]);
  expect(errors, 'errors in the page').toEqual([]);
  await context.close();
});
