/**
 * While a `?data=` budget is on its way the page is idle: the chunks the dashboard asks
 * for once drawn are fetched meanwhile. The file is held back here, so "meanwhile" is
 * not a race the test could win by luck.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const EDU_2022 = 'tests/fixtures/valid/example-edu-2022-yuan.json';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('?data=: while the file is still on its way, the chunks the dashboard asks for once drawn are already requested', async ({
  page,
  offsiteRequests,
  pageErrors,
}) => {
  void offsiteRequests;
  void pageErrors;
  let answer = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/shared/edu-2022.json', async (route) => {
    await answered;
    await route.fulfill({ path: EDU_2022, contentType: 'application/json' });
  });
  const asked = { combobox: 0, section: 0 };
  page.on('request', (request) => {
    if (/\/assets\/CategoryCombobox-[\w-]+\.js$/.test(request.url())) asked.combobox += 1;
    if (/\/assets\/key-work-[\w-]+\.js$/.test(request.url())) asked.section += 1;
  });
  await page.goto('./?data=shared/edu-2022.json');
  await expect(page.getByText('正在加载预算…')).toBeVisible();
  await expect.poll(() => asked.combobox).toBe(1);
  await expect.poll(() => asked.section).toBe(1);

  answer();
  await expect(heading(page)).toHaveText('示例县教育和体育局');
  await expect(page.getByRole('combobox', { name: '支出类别' })).toBeVisible();
});
