/** A phone held upright (390 px): the first figure is on the first screen, and the section row says it scrolls. */
import { expect, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone the header is short, its actions fold away, and the section row fades where it continues', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  const header = page.getByRole('banner');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await header.boundingBox())!.height, 'header height').toBeLessThan(260);
  await expect(page.getByText('收支总预算').first()).toBeInViewport();

  // The actions are one tap (or Enter) away.
  await page.getByText('数据集、导入、演示与分享').click();
  await expect(page.getByRole('button', { name: '▶ 演示' })).toBeVisible();

  const nav = page.getByRole('navigation', { name: '章节' });
  expect(await nav.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await nav.evaluate((el) => getComputedStyle(el).maskImage)).toContain('linear-gradient');
});

test('on a phone the current section’s link is scrolled into the section row', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?s=glossary');
  const nav = page.getByRole('navigation', { name: '章节' });
  const link = nav.getByRole('link', { name: '名词解释' });
  await expect(link).toHaveAttribute('aria-current', 'location');
  await expect.poll(async () => {
    const [row, box] = [(await nav.boundingBox())!, (await link.boundingBox())!];
    return box.x >= row.x - 0.5 && box.x + box.width <= row.x + row.width + 0.5;
  }).toBe(true);
});

test('on a phone every timeline label is shown whole', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?s=key-work');
  // The labels are the timeline chart's SVG text: each on its own lines above its mark, none cut with "…" or past the screen.
  const labels = page.locator('#key-work figure [data-chart-id^="key-work-"] svg text');
  await expect(labels.first()).toBeVisible();
  const cut = await labels.evaluateAll((texts) =>
    texts.filter((text) => text.textContent!.endsWith('…') || text.getBoundingClientRect().right > window.innerWidth).map((text) => text.textContent),
  );
  expect(cut, 'labels cut off').toEqual([]);
});
