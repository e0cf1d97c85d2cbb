/** The dataset library at a finance bureau's size: 200 files imported at once, then reload and open the library. */
import type { Browser } from 'playwright-core';
import { APP_TARGETS, probeScript, summarizeLongTasks } from './browser';
import type { ProbeResult } from './probe';

export interface LibraryReport {
  datasets: number;
  importMs: number;
  reloadKpiMs: number | undefined;
  reloadChartMs: number | undefined;
  openDialogMs: number | undefined;
  longTasks: ReturnType<typeof summarizeLongTasks>;
}

export async function measureLibrary(browser: Browser, base: string, files: string[]): Promise<LibraryReport> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  await page.addInitScript(probeScript(APP_TARGETS));
  await page.goto(base);
  await page.waitForFunction(() => window.__bench.chart !== undefined);

  const started = Date.now();
  await page.getByLabel('打开文件…').setInputFiles(files);
  await page.getByTestId('load-report').waitFor({ timeout: 120_000 });
  const importMs = Date.now() - started;
  await page.getByTestId('load-report').getByRole('button', { name: '关闭' }).click();

  await page.reload();
  await page.waitForFunction(() => window.__bench.chart !== undefined && window.__bench.kpi !== undefined);
  await page.waitForTimeout(300);
  await page.evaluate(() => (window.__bench.armed = { name: 'openLibrary', type: 'click' }));
  await page.getByRole('button', { name: '管理数据集' }).click();
  await page.waitForFunction(() => window.__bench.interactions.openLibrary?.length);
  await page.getByRole('dialog').waitFor();
  const result = await page.evaluate(() => window.__bench as ProbeResult);
  await context.close();
  return {
    datasets: files.length,
    importMs,
    reloadKpiMs: result.kpi,
    reloadChartMs: result.chart,
    openDialogMs: result.interactions.openLibrary?.[0],
    longTasks: summarizeLongTasks(result.longTasks),
  };
}
