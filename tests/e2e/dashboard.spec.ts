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
