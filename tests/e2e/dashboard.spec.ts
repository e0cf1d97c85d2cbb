import { drawsChineseGlyphs } from './cjk';
import { expect, test } from './fixtures';

test('opens on the seed budget with its unit name and total in CJK glyphs', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: '芦山县社会保险事务中心' })).toBeVisible();
  await expect(page.getByText('109.25 万元').first()).toBeVisible();
  expect(await drawsChineseGlyphs(page)).toBe(true);
});

// The seed is in the page, validated when it was built: nothing after the page and its scripts is needed.
test('the first screen fetches neither the budget file nor the validator', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const response = await page.goto('./');
  const html = (await response?.text()) ?? '';
  expect(html).toMatch(/<script type="application\/json" data-budget-url="data\/lushan-shebao-2021\.json" id="embedded-budget" data-checked="">/);
  await expect(page.getByText('109.25 万元').first()).toBeVisible();
  // Nothing fetched the budget file or the validator (zod) to show it.
  expect(requested.filter((path) => path.endsWith('.json'))).toEqual([]);
  expect(requested.filter((path) => /\/parseBudget-[\w-]+\.js$/.test(path))).toEqual([]);
});

test('the first screen is in the page itself: shown before (even without) its scripts, then taken over in place', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: '芦山县社会保险事务中心' })).toBeVisible();
  await expect(page.getByText('109.25 万元').first()).toBeVisible();
  await expect(page.locator('main figure')).toHaveCount(2);
  await context.close();
});

test('the scripts take over the prerendered screen without redrawing it, and it responds', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors; // a hydration mismatch is reported as an error
  // Watches from before the page's scripts run: had React redrawn the screen, the first <h1> would have been removed.
  await page.addInitScript(() => {
    (window as unknown as { removedHeadings: number }).removedHeadings = 0;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.removedNodes)
          if (node instanceof Element && (node.matches('h1') || node.querySelector('h1'))) (window as unknown as { removedHeadings: number }).removedHeadings++;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./');
  const heading = page.getByRole('heading', { level: 1 });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading).toHaveText('Lushan County Social Insurance Affairs Center');
  expect(await page.evaluate(() => (window as unknown as { removedHeadings: number }).removedHeadings)).toBe(0);
});

test('an address that asks for another view never shows the prerendered default, even before the scripts run', async ({ page }) => {
  // The page's scripts never arrive here: what shows is what the HTML alone shows for ?lang=en.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('./?lang=en');
  await expect(page.getByRole('status')).toHaveText('正在加载预算… Loading the budget…');
  // In the page, hidden: the default view's heading and figures are not shown.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByText('109.25 万元').first()).toBeHidden();
});
