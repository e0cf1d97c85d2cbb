/**
 * Dialogs are the browser's own modal <dialog>: the page behind is inert (a click or Tab
 * cannot reach it) and does not scroll, Escape closes, and focus goes back to the opener.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('the library dialog is modal: the page behind takes no click, focus or scroll; Escape closes and focus returns', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./');
  const opener = page.getByRole('button', { name: '管理数据集' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: '数据集' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused();
  expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations.map((v) => v.id)).toEqual([]);

  // A click where the English button sits, behind the backdrop, does nothing.
  const english = page.locator('button', { hasText: /^English$/ });
  const spot = await english.boundingBox();
  expect(spot).not.toBeNull();
  await page.mouse.click(spot!.x + spot!.width / 2, spot!.y + spot!.height / 2);
  await expect(dialog).toBeVisible();
  expect(page.url()).not.toContain('lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('芦山县社会保险事务中心');

  // The wheel does not scroll the page behind, and Tab never reaches it.
  await page.mouse.move(683, 700);
  await page.mouse.wheel(0, 1200);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const outside = await page.evaluate(() => {
      const active = document.activeElement;
      return active !== null && active !== document.body && !document.querySelector('dialog')?.contains(active);
    });
    expect(outside).toBe(false);
  }

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await page.mouse.wheel(0, 1200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});
