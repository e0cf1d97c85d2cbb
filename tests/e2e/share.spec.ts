/**
 * Sharing without a server: the share action saves one HTML file carrying the
 * dataset on screen, its milestone statuses and the view; a colleague opens it
 * from file:// in a fresh browser with every request blocked and sees exactly that.
 */
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const EDU_2021 = 'tests/fixtures/valid/example-edu-2021-wanyuan.json';
const CHECK = /^开学前完成校舍安全排查/;

async function openStep(page: Page) {
  const button = page.locator('#key-work').getByRole('button', { name: /校园安全专项整治/ }).first();
  await expect(async () => {
    if ((await button.getAttribute('aria-expanded')) === 'false') await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
  }).toPass();
  return page.locator('#key-work').getByRole('group', { name: CHECK });
}

test('a shared file opens offline from file:// on the same dataset, statuses and view', async ({ page, browser, offsiteRequests, pageErrors }, testInfo) => {
  void offsiteRequests;
  void pageErrors;
  test.slow();
  await page.goto('./?s=key-work&asof=2021-05-10');
  await page.getByLabel('打开文件…').setInputFiles(EDU_2021);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('示例县教育和体育局');
  await page.getByTestId('load-report').getByRole('button', { name: '关闭' }).click();
  const step = await openStep(page);
  await step.getByRole('combobox', { name: '状态' }).selectOption({ label: '已延期' });
  await step.getByRole('textbox', { name: '备注' }).fill('等待住建部门鉴定 </script><b>');
  await expect(step.getByRole('status')).toHaveText('✓ 已保存');
  await page.getByRole('group', { name: '单位' }).getByRole('button', { name: '元', exact: true }).click();
  await page.getByRole('link', { name: '重点工作' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('s')).toBe('key-work');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '分享文件' }).click()]);
  expect(download.suggestedFilename()).toBe('示例县教育和体育局 2021.html');
  // In the test's own output folder, which Playwright empties on the next run.
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);

  // The colleague: another browser profile, no network, the file from a USB stick.
  const colleague = await browser.newContext({ offline: true, viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const leaked: string[] = [];
  const errors: string[] = [];
  await colleague.route('**/*', (route) => {
    if (/^(file|data|blob):/.test(route.request().url())) return route.continue();
    leaked.push(route.request().url());
    return route.abort();
  });
  const other = await colleague.newPage();
  other.on('pageerror', (error) => errors.push(error.message));
  other.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await other.goto(pathToFileURL(file).href);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('示例县教育和体育局');
  await expect(other.getByRole('group', { name: '单位' }).getByRole('button', { name: '元', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => new URL(other.url()).searchParams.get('asof')).toBe('2021-05-10');
  await expect(other.locator('#key-work').getByRole('heading', { level: 2 })).toBeInViewport();
  const shared = await openStep(other);
  await expect(shared.getByRole('combobox', { name: '状态' })).toHaveValue('delayed');
  await expect(shared.getByRole('textbox', { name: '备注' })).toHaveValue('等待住建部门鉴定 </script><b>');
  expect(leaked, 'requests that tried to leave the file').toEqual([]);
  expect(errors, 'errors in the page (a CSP violation among them)').toEqual([]);
  await colleague.close();
});
