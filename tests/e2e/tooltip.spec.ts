/**
 * Glossary terms' tooltips, placed by Floating UI (loaded after the first screen): hover and
 * keyboard focus show the definition, Escape hides it, and it stays on a phone's screen.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The first glossary term named `name` on the default view, on a screen of the given size. */
async function termOnScreen(page: Page, size: { width: number; height: number }, name: string) {
  await page.setViewportSize(size);
  await page.goto('./');
  return page.getByRole('button', { name, exact: true }).first();
}

test('a term shows its definition on hover and on focus, describes the button, and Escape hides it', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const term = await termOnScreen(page, { width: 1366, height: 768 }, '项目支出');
  await term.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('特定行政任务');
  await expect(term).toHaveAccessibleDescription(/特定行政任务/);
  const [termBox, tipBox] = [await term.boundingBox(), await tooltip.boundingBox()];
  expect(tipBox!.y).toBeGreaterThanOrEqual(termBox!.y + termBox!.height);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();

  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  // Focus alone (no pointer) opens it: the focus a keyboard or a screen reader moves to the term.
  await term.focus();
  await expect(term).toBeFocused();
  await expect(tooltip).toContainText('特定行政任务');
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});

test('on a phone the definition stays inside the screen, and goes above a term near the bottom', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const term = await termOnScreen(page, { width: 360, height: 740 }, '“三公”经费');
  await term.scrollIntoViewIfNeeded();
  // Put the term 40 px above the bottom edge: there is no room below it.
  await page.evaluate((y) => window.scrollBy(0, y), (await term.boundingBox())!.y - (740 - 40));
  await term.click();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  const [termBox, tipBox] = [await term.boundingBox(), await tooltip.boundingBox()];
  expect(tipBox!.x).toBeGreaterThanOrEqual(8);
  expect(tipBox!.x + tipBox!.width).toBeLessThanOrEqual(360 - 8 + 0.5);
  expect(tipBox!.y + tipBox!.height).toBeLessThanOrEqual(termBox!.y);
});
