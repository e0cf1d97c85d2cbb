import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { chooseCategory } from './support/chooseCategory';

test('filtering to 社会保障和就业支出 shows 23.49 and survives reload, back and a copied link', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await chooseCategory(page, '社会保障和就业支出');
  const chip = page.getByTestId('filter-chip');
  await expect(chip).toContainText('社会保障和就业支出');
  await expect(chip).toContainText('23.49 万元');
  await expect(page.getByText('占总预算 21.50%')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('cat')).toBe('社会保障和就业支出');

  await page.reload();
  await expect(page.getByTestId('filter-chip')).toContainText('23.49 万元');

  const link = page.url();
  await page.goBack();
  await expect(page.getByTestId('filter-chip')).toHaveCount(0);
  await page.goForward();
  await expect(page.getByTestId('filter-chip')).toContainText('23.49 万元');

  const fresh = await page.context().newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId('filter-chip')).toContainText('23.49 万元');
  await fresh.close();

  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.getByTestId('filter-chip')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('cat')).toBeNull();
});

test('with a deep filter set on a 1366 px screen, every section link stays in view beside the chip', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?cat=社会保障和就业支出›行政事业单位离退休');
  await expect(page.getByTestId('filter-chip')).toContainText('行政事业单位离退休');
  const nav = page.getByRole('navigation', { name: '章节' });
  const navBox = (await nav.boundingBox())!;
  for (const link of await nav.getByRole('link').all()) {
    const box = (await link.boundingBox())!;
    expect(box.x + box.width, `${await link.textContent()} is cut off`).toBeLessThanOrEqual(navBox.x + navBox.width + 0.5);
  }
  await expect(nav.getByRole('link', { name: '名词解释' })).toBeVisible();
});

test('the category combobox works by keyboard alone, and axe finds nothing with its list open', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  const combobox = page.getByRole('combobox', { name: '支出类别' });
  await combobox.focus();
  await page.keyboard.press('ArrowDown');
  const listbox = page.getByRole('listbox', { name: '支出类别' });
  await expect(listbox.getByRole('option', { name: '社会保障和就业支出' })).toBeVisible();
  const results = await new AxeBuilder({ page }).include('[role="search"]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(listbox.getByRole('option')).toHaveCount(0);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('离退休');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('filter-chip')).toContainText('社会保障和就业支出 › 行政事业单位离退休');
  await expect(combobox).toHaveValue('行政事业单位离退休');
});
