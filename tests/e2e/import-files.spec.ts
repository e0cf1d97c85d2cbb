/**
 * PDF and .docx through the import dialog in Chromium, read in the import worker:
 * a PDF of the seed imports (pdf.js loaded from our own origin, no request off it),
 * a scan and a .docx bomb get their messages, the page stays responsive (no
 * main-thread task over 1 s), reading can be stopped, and it stops by itself at the time limit.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { makeCidPdf } from '../importer/support/makeCidPdf';
import { makePdf, makeScannedPdf } from '../importer/support/makePdf';
import { deflatedZeros, rawZip } from '../importer/support/makeZip';
import { expect, test } from './fixtures';

const SEED_TEXT = readFileSync('/work/shared/seed/lushan-shebao-2021-budget-explanation.md', 'utf8').replace(/^#+ /gm, '');
const PDF = 'application/pdf';

async function openDialog(page: Page): Promise<Locator> {
  // Main-thread tasks over 50 ms, from the page's start, to check none reaches 1 s.
  await page.addInitScript(() => {
    const long: [number, number][] = [];
    (window as unknown as { longTasks: [number, number][] }).longTasks = long;
    new PerformanceObserver((list) => long.push(...list.getEntries().map((entry): [number, number] => [entry.startTime, entry.duration]))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await page.goto('./');
  await page.getByRole('button', { name: '导入说明' }).click();
  const dialog = page.getByRole('dialog', { name: '导入部门预算编制说明' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const now = (page: Page) => page.evaluate(() => performance.now());

/** The longest main-thread task that started after `since` (the page's clock). */
const longestTask = (page: Page, since = 0) =>
  page.evaluate((from) => {
    const tasks = (window as unknown as { longTasks: [number, number][] }).longTasks;
    return Math.max(0, ...tasks.filter(([start]) => start >= from).map(([, duration]) => duration));
  }, since);

test('a PDF of the seed imports in the worker loaded from our own origin', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  test.setTimeout(90_000);
  const scripts: string[] = [];
  page.context().on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
  });
  const dialog = await openDialog(page);
  const pdf = Buffer.from(await makePdf(SEED_TEXT, { header: '部门预算公开 · 社会保障' }));
  await dialog.getByLabel('选择文件…').setInputFiles({ name: '芦山社保 2021 预算说明.pdf', mimeType: PDF, buffer: pdf });
  await expect(dialog.getByRole('heading', { name: '核对读出的数字' })).toBeVisible({ timeout: 30_000 });
  const total = dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '收支总预算', exact: true }) });
  await expect(total).toContainText('109.25 万元');
  await expect(dialog).toContainText('芦山县社会保险事务中心 · 2021 年 · 单位：万元');
  // The worker came from our origin; its own imports (pdf.js, bundled beside it) are not reported to Playwright,
  // but the PDF could not have been read without them, and the worker's script carries the same CSP header.
  expect(scripts.some((path) => /\/assets\/importWorker-[\w-]+\.js$/.test(path))).toBe(true);
  await dialog.getByRole('button', { name: '打开仪表板' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('芦山县社会保险事务中心');
});

test('a PDF in a font it does not embed reads through CMaps served from our own origin', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const cmaps: string[] = [];
  page.context().on('request', (request) => {
    if (request.url().endsWith('.bcmap')) cmaps.push(request.url());
  });
  const dialog = await openDialog(page);
  const pdf = makeCidPdf(['某县档案馆 2024 年部门预算编制说明', '一、收支预算情况说明', '某县档案馆 2024 年收支总预算 56.40 万元，其中基本支出 50.10 万元，项目支出 6.30 万元。']);
  await dialog.getByLabel('选择文件…').setInputFiles({ name: '旧版导出.pdf', mimeType: PDF, buffer: Buffer.from(pdf) });
  await expect(dialog.getByRole('heading', { name: '核对读出的数字' })).toBeVisible({ timeout: 20_000 });
  await expect(dialog).toContainText('某县档案馆 · 2024 年 · 单位：万元');
  const total = dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '收支总预算', exact: true }) });
  await expect(total).toContainText('56.40 万元');
  expect(cmaps.every((url) => url.startsWith('http://127.0.0.1:'))).toBe(true);
});

test('a CMap small enough to be inlined in the build is read too (vertical text)', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const dialog = await openDialog(page);
  const pdf = makeCidPdf(['某县档案馆 2024 年部门预算编制说明', '某县档案馆 2024 年收支总预算 56.40 万元。'], 'UniGB-UCS2-V');
  await dialog.getByLabel('选择文件…').setInputFiles({ name: '竖排.pdf', mimeType: PDF, buffer: Buffer.from(pdf) });
  // Vertical text comes out a character to a line; what matters is that it comes out, not "no text layer".
  await expect(dialog.getByRole('alert').or(dialog.getByRole('heading', { name: '核对读出的数字' }))).toBeVisible({ timeout: 20_000 });
  await expect(dialog).not.toContainText('没有文字层');
  await expect(dialog).not.toContainText('无法将文件读取为 PDF');
});

test('a scanned PDF is refused with its message, and the dashboard stays', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const dialog = await openDialog(page);
  await dialog.getByLabel('选择文件…').setInputFiles({ name: '扫描件.pdf', mimeType: PDF, buffer: Buffer.from(await makeScannedPdf()) });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('这个 PDF 没有文字层（可能是扫描件或图片）', { timeout: 20_000 });
  await expect(alert).toContainText('无法导入“扫描件.pdf”');
  await expect(alert).toBeFocused();
});

test('a .docx bomb is refused before it inflates and the page never freezes', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const dialog = await openDialog(page);
  const bomb = Buffer.from(rawZip([{ name: 'word/document.xml', data: deflatedZeros(200), declaredSize: 1024 }]));
  const since = await now(page);
  await dialog.getByLabel('选择文件…').setInputFiles({ name: 'bomb.docx', mimeType: 'application/octet-stream', buffer: bomb });
  await expect(dialog.getByRole('alert')).toContainText('这个 .docx 解压后将超过 50.0 MB 的上限，未予读取', { timeout: 20_000 });
  expect(await longestTask(page, since)).toBeLessThan(1000);
});

/** An 18 MB text (under the 20 MB limit): reading it takes the worker seconds, however fast the importer. */
const hugeText = () => Buffer.from(SEED_TEXT.repeat(Math.floor((18 * 1024 * 1024) / Buffer.byteLength(SEED_TEXT))));

/** The longest wait for an animation frame over `ms`: how long the page failed to answer. */
const longestFrameGap = (page: Page, ms: number) =>
  page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        let last = start;
        let worst = 0;
        const tick = (now: number) => {
          worst = Math.max(worst, now - last);
          last = now;
          if (now - start < duration) requestAnimationFrame(tick);
          else resolve(worst);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );

test('the 600 KB text of empty lines is read off the main thread: the page keeps drawing', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const dialog = await openDialog(page);
  test.setTimeout(60_000);
  // As a paste would: the value set at once (fill() inserts it through the editor, minutes for 400,000 lines).
  await dialog.getByLabel('或粘贴说明文字').evaluate((area: HTMLTextAreaElement) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, 'x\n\n'.repeat(200_000));
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // Laying out a textarea of 400,000 lines is the browser's own work: count from after it.
  await page.evaluate(() => new Promise(requestAnimationFrame));
  const since = await now(page);
  await dialog.getByRole('button', { name: '读取粘贴的文字' }).click();
  expect(await longestFrameGap(page, 3000)).toBeLessThan(1000);
  expect(await longestTask(page, since)).toBeLessThan(1000);
});

test('停止读取 stops a long read, and the picker is ready again', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const dialog = await openDialog(page);
  await dialog.getByLabel('选择文件…').setInputFiles({ name: '很长的说明.txt', mimeType: 'text/plain', buffer: hugeText() });
  // Playwright's own hand-over of 18 MB into the page is one long task: count from after it.
  const since = await now(page);
  const stop = dialog.getByRole('button', { name: '停止读取' });
  await expect(stop).toBeFocused();
  await expect(dialog).toContainText('读取在后台进行，页面不会卡住；超过 20 秒会自动停止。');
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await stop.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('已停止读取“很长的说明.txt”。');
  await expect(dialog.getByLabel('选择文件…')).toBeFocused();
  expect(await longestTask(page, since)).toBeLessThan(1000);
});

test('a read that runs past the time limit is stopped with a message', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  // The page's clock is moved past the limit while the worker is still reading.
  await page.clock.install();
  const dialog = await openDialog(page);
  await dialog.getByLabel('选择文件…').setInputFiles({ name: '很长的说明.txt', mimeType: 'text/plain', buffer: hugeText() });
  await expect(dialog.getByRole('button', { name: '停止读取' })).toBeVisible();
  await page.clock.fastForward('00:21');
  await expect(dialog.getByRole('alert')).toContainText('读取超过 20 秒仍未完成，已停止。');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('芦山县社会保险事务中心');
});
