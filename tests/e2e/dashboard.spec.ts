import { expect, test } from './fixtures';

test('opens on the seed budget with its unit name and total in CJK glyphs', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: '芦山县社会保险事务中心' })).toBeVisible();
  await expect(page.getByText('109.25 万元').first()).toBeVisible();
  // Noto CJK must be what draws the text: without it Chromium shows boxes and nothing else notices.
  const cjkWidth = await page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = '20px "Noto Sans CJK SC"';
    const withFont = canvas.measureText('芦山县').width;
    canvas.font = '20px monospace';
    return { withFont, fonts: document.fonts.check('20px "Noto Sans CJK SC"', '芦') };
  });
  expect(cjkWidth.withFont).toBeGreaterThan(50);
  expect(cjkWidth.fonts).toBe(true);
});
