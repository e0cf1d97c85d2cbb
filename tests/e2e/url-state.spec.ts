/**
 * The view lives in the address: Back undoes a drill step or opening the deck, and a
 * copied link or a reload opens the same view (section, filter, drill, unit, language).
 */
import { expect, test } from './fixtures';

const param = (url: string, key: string) => new URL(url).searchParams.get(key);

test('Back walks up a drill one step at a time, Forward and a reload come back to it', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?s=spending');
  const chart = page.locator('#spending').getByRole('figure', { name: '支出功能分类' });
  const level = chart.getByRole('navigation').locator('[aria-current="location"]');
  await chart.getByRole('button', { name: /^社会保障和就业支出/ }).first().click();
  await expect(level).toHaveText('社会保障和就业支出');
  await chart.getByRole('button', { name: /^行政事业单位离退休/ }).first().click();
  await expect(level).toHaveText('行政事业单位离退休');
  await expect.poll(() => param(page.url(), 'drill')).toBe('社会保障和就业支出›行政事业单位离退休');

  await page.goBack();
  await expect(level).toHaveText('社会保障和就业支出');
  await expect(page.getByTestId('filter-chip')).toContainText('23.49 万元');
  await page.goBack();
  await expect(level).toHaveText('全部');
  await expect(page.getByTestId('filter-chip')).toHaveCount(0);
  await page.goForward();
  await expect(level).toHaveText('社会保障和就业支出');

  await page.reload();
  await expect(level).toHaveText('社会保障和就业支出');
  await expect(page.getByTestId('filter-chip')).toContainText('23.49 万元');
});

test('a copied link opens the same view: language, unit, filter and section', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('group', { name: 'Unit' }).getByRole('button', { name: 'ten thousand yuan' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Spending' }).click();
  await expect.poll(() => param(page.url(), 's')).toBe('spending');
  expect(param(page.url(), 'lang')).toBe('en');
  expect(param(page.url(), 'unit')).toBe('万元');

  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'en');
  await expect(fresh.getByRole('group', { name: 'Unit' }).getByRole('button', { name: 'ten thousand yuan' })).toHaveAttribute('aria-pressed', 'true');
  await expect(fresh.getByRole('navigation', { name: 'Sections' }).locator('[aria-current]')).toHaveText('Spending');
  await expect(fresh.locator('#spending')).toBeInViewport();
  await fresh.close();
});

test('Back from the deck returns to the dashboard with its filter', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?cat=社会保障和就业支出');
  await page.getByRole('button', { name: '▶ 演示' }).click();
  await expect(page.getByTestId('headline-figure')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => param(page.url(), 'slide')).toBe('overview');
  await page.goBack();
  await expect(page.getByTestId('headline-figure')).toHaveCount(0);
  await expect(page.getByTestId('filter-chip')).toContainText('23.49 万元');
});
