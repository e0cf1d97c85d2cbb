/**
 * Chart exports with characters XML cannot hold (issue 14): a vertical tab (Word's
 * soft line break) made the SVG not well-formed, and a lone surrogate made PNG and
 * SVG export throw. Through a loaded file (the validator cleans names) and with the
 * characters put straight into the figure (the writer cleans what it is given).
 */
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { drawnFigure } from './support/figures';

const HOSTILE = '\u000b甲\ud800乙\f';

/** The browser's XML parser's complaint about a document, or '' when it is well-formed; in a blank page, away from the app's policy. */
async function svgError(page: Page, svg: string): Promise<string> {
  const blank = await page.context().newPage();
  const error = await blank.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')?.textContent ?? '', svg);
  await blank.close();
  return error;
}

async function exportBoth(page: Page, frame: Locator): Promise<string> {
  const [png] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /下载 PNG 图片/ }).click()]);
  expect((await readFile((await png.path())!)).subarray(1, 4).toString()).toBe('PNG');
  const [svg] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /下载 SVG/ }).click()]);
  const text = await readFile((await svg.path())!, 'utf8');
  expect(await svgError(page, text)).toBe('');
  return text;
}

test('a category named with a vertical tab and a lone surrogate exports as well-formed SVG and as PNG', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const budget = JSON.parse(readFileSync('public/data/lushan-shebao-2021.json', 'utf8')) as { functional: { name: string }[] };
  budget.functional[0]!.name = `一般公共${HOSTILE}服务支出`;
  await page.goto('./');
  await page.getByLabel('打开文件…').setInputFiles({ name: 'vt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(budget)) });
  await expect(page.getByTestId('load-report')).toContainText('vt.json');
  const frame = page.getByRole('figure', { name: '支出功能分类构成' });
  await frame.getByRole('img').first().waitFor();
  const svg = await exportBoth(page, frame);
  expect(svg).toContain('一般公共甲\ufffd乙服务支出');
});

test('the image writer cleans what it is given: characters XML cannot hold put into the figure itself', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const frame = await drawnFigure(page, '收入来源');
  await frame.getByRole('heading', { name: '收入来源' }).evaluate((heading, text) => heading.append(text), HOSTILE);
  const svg = await exportBoth(page, frame);
  // The vector SVG writes text where the page laid it out: the vertical tab's gap splits the heading into two <text> runs.
  expect(svg).toContain('>收入来源</text>');
  expect(svg).toContain('>甲\ufffd乙</text>');
});
