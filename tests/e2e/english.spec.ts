/** English on screen: Latin punctuation drawn at Latin width (a CJK font makes "this year’s" read "this year’ s"). */
import { expect, test } from './fixtures';

test('in English, apostrophes and quotes are drawn narrow, as in English type', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?lang=en');
  await expect(page.getByText('Total budget').first()).toBeVisible();
  const widths = await page.evaluate(() => {
    const probe = document.createElement('span');
    document.querySelector('main')!.append(probe);
    const measure = (text: string) => {
      probe.textContent = text;
      return probe.getBoundingClientRect().width / parseFloat(getComputedStyle(probe).fontSize);
    };
    const result = { apostrophe: measure('’'), quote: measure('“') };
    probe.remove();
    return result;
  });
  expect(widths.apostrophe, 'width of ’ in em').toBeLessThan(0.5);
  expect(widths.quote, 'width of “ in em').toBeLessThan(0.6);
  // Money in yuan by default in English.
  await expect(page.getByText('CNY 1.09 million').first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Unit' }).getByRole('button', { name: 'yuan', exact: true })).toHaveAttribute('aria-pressed', 'true');
});
