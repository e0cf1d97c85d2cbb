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
