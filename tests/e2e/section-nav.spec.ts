/**
 * The section nav's jump to 重点工作 (src/app/SectionNav.tsx, useSectionGate, the timeline drawn in
 * slices): from the keyboard it lands on the section and stays there while the section fills in; every
 * task is listed at once and their charts follow one row at a time, never all in one frame.
 */
import { expect, test } from './fixtures';

const CHARTS = '#key-work [data-chart-id^="key-work-"] svg.recharts-surface';

test('the nav link to 重点工作, from the keyboard, lands on it and stays while its eleven tasks and six charts arrive one at a time', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Each change in how many row charts are drawn, as the browser's DOM sees it.
  await page.evaluate((selector) => {
    const counts: number[] = [];
    (window as unknown as { chartCounts: number[] }).chartCounts = counts;
    new MutationObserver(() => {
      const count = document.querySelectorAll(selector).length;
      if (count !== counts.at(-1)) counts.push(count);
    }).observe(document.body, { childList: true, subtree: true });
  }, CHARTS);

  const link = page.getByRole('navigation', { name: '章节' }).getByRole('link', { name: '重点工作' });
  await link.focus();
  await page.keyboard.press('Enter');

  const keyWork = page.locator('#key-work');
  const top = () => keyWork.evaluate((el) => Math.round(el.getBoundingClientRect().top));
  await expect.poll(top).toBeLessThan(140);
  const timeline = keyWork.getByRole('figure', { name: '2021 年重点工作时间安排' });
  await expect(timeline.getByRole('button', { expanded: false })).toHaveCount(11);
  await expect(page.locator(CHARTS)).toHaveCount(6);
  const counts = await page.evaluate(() => (window as unknown as { chartCounts: number[] }).chartCounts);
  const added = counts.map((count, i) => count - (counts[i - 1] ?? 0));
  expect(Math.max(...added), `charts added per change: ${added.join(', ')}`).toBeLessThanOrEqual(1);

  const middleMen = timeline.getByRole('listitem').filter({ has: page.getByRole('button', { name: '“中人待遇”需稳妥' }) }).locator('svg.recharts-surface');
  await expect(middleMen.locator('path[fill="#D55E00"]')).toHaveCount(4);
  // The section filled in under the reader without moving: its heading is still at the top.
  await page.waitForTimeout(500);
  expect(await top()).toBeLessThan(140);
  await expect(link).toHaveAttribute('aria-current', 'location');
  await expect.poll(() => new URL(page.url()).searchParams.get('s')).toBe('key-work');
});
