/**
 * What moves and where focus goes: setting a filter at 1366 px keeps the sticky bar one row and the
 * page where it was; the nav names the section at the top; clearing the chip, a drill step and leaving
 * the deck each leave focus somewhere sensible rather than on the page's body.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseCategory } from './support/chooseCategory';

const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.getAttribute('aria-label') || document.activeElement?.tagName);
const sticky = (page: Page) => page.locator('div.sticky').first();

test('setting a 款 filter at 1366 px moves nothing, shows the whole name, and clearing it returns focus to the combobox', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.mouse.wheel(0, 700);
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(700);
  const barHeight = (await sticky(page).boundingBox())!.height;

  await chooseCategory(page, '行政事业单位离退休');
  const chip = page.getByTestId('filter-chip');
  await expect(chip).toContainText('社会保障和就业支出 › 行政事业单位离退休');
  expect(await page.evaluate(() => scrollY), 'the page jumped').toBe(700);
  expect((await sticky(page).boundingBox())!.height, 'the sticky bar grew a row').toBe(barHeight);
  // Nothing cut off: the chip's text and the combobox's text fit their boxes.
  expect(await chip.locator('span').first().evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(await page.getByRole('combobox', { name: '支出类别' }).evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

  await chip.getByRole('button', { name: '清除筛选' }).click();
  await expect(chip).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: '支出类别' })).toBeFocused();
});

test('the nav names the section whose heading is at the top, and writes it to the address', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const keyWork = page.locator('#key-work');
  await keyWork.getByRole('heading', { level: 2 }).waitFor();
  // Read on into 重点工作, then scroll back up as a reader does until its heading sits near the top, under the sticky bar.
  const scrollTo = async (gap: number) => {
    for (let i = 0; i < 6; i++) {
      // Read in the page: the stand-in may be swapped for the section between two calls (boundingBox would give null).
      const top = await keyWork.evaluate((section) => section.getBoundingClientRect().top);
      const bar = (await sticky(page).boundingBox())!;
      const by = top - (bar.y + bar.height) - gap;
      if (Math.abs(by) < 8) return;
      await page.mouse.wheel(0, by);
      await page.waitForTimeout(250);
    }
  };
  await scrollTo(-400);
  // 重点工作 and the sections above it drawn once near (a stand-in's reserved height differs from its section's), so the
  // next scroll is not undone by a section arriving above it, as it could be on a loaded machine.
  for (const id of ['overview', 'spending', 'staffing', 'key-work']) await expect(page.locator(`#${id}`)).not.toHaveAttribute('aria-busy', 'true', { timeout: 15_000 });
  await scrollTo(90);
  await expect(page.getByRole('navigation', { name: '章节' }).getByRole('link', { name: '重点工作' })).toHaveAttribute('aria-current', 'location');
  await expect.poll(() => new URL(page.url()).searchParams.get('s')).toBe('key-work');
});

test('a drill step focuses the new level, and leaving the deck focuses the Present button', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?s=spending');
  const chart = page.locator('#spending').getByRole('figure', { name: '支出功能分类' });
  await chart.getByRole('button', { name: /^社会保障和就业支出/ }).first().click();
  const current = chart.getByRole('navigation').locator('[aria-current="location"]');
  await expect(current).toHaveText('社会保障和就业支出');
  await expect(current).toBeFocused();
  await chart.getByRole('navigation').getByRole('button', { name: '全部' }).click();
  await expect(current).toHaveText('全部');
  await expect(current).toBeFocused();

  await page.getByRole('button', { name: '▶ 演示' }).click();
  await expect(page.getByTestId('headline-figure')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: '▶ 演示' })).toBeFocused();
  expect(await focused(page)).toBe('▶ 演示');
});
