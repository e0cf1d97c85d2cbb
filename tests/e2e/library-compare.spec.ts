/** Comparing two loaded datasets in Chromium: in the URL, through reload, with axe on the page. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { chooseCategory } from './support/chooseCategory';

test('two years of one unit side by side, filtered, kept in the URL through reload', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  for (const file of ['example-edu-2021-wanyuan.json', 'example-edu-2022-yuan.json']) {
    await page.getByLabel('打开文件…').setInputFiles(`tests/fixtures/valid/${file}`);
    await expect(page.getByTestId('load-report')).toContainText(file);
    await page.getByTestId('load-report').getByRole('button', { name: '关闭' }).click();
  }
  await page.getByRole('link', { name: '对比' }).click();
  await page.getByLabel('对比对象').selectOption({ label: '示例县教育和体育局 2021' });
  const section = page.locator('#compare');
  await expect(section.getByRole('heading', { name: '示例县教育和体育局：2021 年与 2022 年' })).toBeVisible();
  await expect(section.getByRole('row', { name: /收支总预算 15,001,600 元 14,770,000.75 元 -231,599.25 元/ })).toBeVisible();

  await chooseCategory(page, '教育支出');
  await expect(section.getByRole('heading', { name: '“教育支出”之下对比' })).toBeVisible();
  await section.getByRole('tab', { name: '表格' }).click();
  await expect(section.getByRole('row', { name: /^职业教育 无此类别 700,000/ })).toBeVisible();

  const url = new URL(page.url());
  expect(url.searchParams.get('compare')).toMatch(/^ds-/);
  expect(url.searchParams.get('cat')).toBe('教育支出');
  await page.reload();
  await expect(page.locator('#compare').getByRole('heading', { name: '“教育支出”之下对比' })).toBeVisible();

  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a unit against the bundled seed, in English', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?lang=en');
  await page.getByLabel('Open file…').setInputFiles('tests/fixtures/valid/example-culture-2022-lei-only.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example County Cultural Center');
  await page.getByLabel('Compare with').selectOption({ label: 'Bundled example' });
  const section = page.locator('#compare');
  await expect(section.getByText('A = Example County Cultural Center 2022; B = Lushan County Social Insurance Affairs Center 2021')).toBeVisible();
  await expect(section.getByRole('row', { name: /^People in service 12 9$/ })).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Categories only in B' })).toBeVisible();
});
