/**
 * How sections arrive (src/app/useSectionGate.ts): a `?s=` link lands on its section
 * and stays there while the sections above it are drawn; left alone, the page draws
 * every section once it is quiet (find-in-page finds them) without moving what is on
 * screen; a section whose chunk cannot be loaded says so in its own place.
 */
import { expect, test } from './fixtures';

const drawn = (id: string) => `#${id}:not([aria-busy])`;

test('a ?s= link lands on its section, the sections above it are drawn, and it stays there', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?s=findings');
  for (const id of ['overview', 'spending', 'staffing', 'key-work', 'other', 'findings']) await expect(page.locator(drawn(id))).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: '章节' }).getByRole('link', { name: '核对' })).toHaveAttribute('aria-current', 'location');
  const top = () => page.locator('#findings').evaluate((el) => Math.round(el.getBoundingClientRect().top));
  await expect.poll(top).toBeLessThan(140);
  await page.waitForTimeout(1500);
  expect(await top()).toBeLessThan(140);
  await expect.poll(() => new URL(page.url()).searchParams.get('s')).toBe('findings');
});

test('left alone, the page draws every section (find-in-page finds them), each replacing its stand-in once, and nothing on screen moves', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.addInitScript(() => {
    const watched = window as unknown as { shifted: number; replaced: Record<string, number> };
    watched.shifted = 0;
    watched.replaced = {};
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.removedNodes) if (node instanceof HTMLElement && node.matches('section[aria-busy]')) watched.replaced[node.id] = (watched.replaced[node.id] ?? 0) + 1;
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!entry.hadRecentInput) (window as unknown as { shifted: number }).shifted += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main section[aria-busy]')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('#glossary')).toContainText('基本支出');
  expect(await page.evaluate(() => scrollY)).toBe(0);
  // A stand-in that gave way to a second stand-in before its section would have flickered and lost its place for a moment.
  const replaced = await page.evaluate(() => (window as unknown as { replaced: Record<string, number> }).replaced);
  expect(Object.values(replaced).filter((count) => count > 1), JSON.stringify(replaced)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBe(0);
});

test('a section whose chunk cannot be loaded says so in its place; the others are drawn', async ({ page }) => {
  await page.route('**/assets/staffing-*.js', (route) => route.abort());
  await page.goto('./?s=key-work');
  await expect(page.locator('#staffing').getByRole('alert')).toContainText('本节出错');
  await expect(page.locator('#staffing').getByRole('heading', { level: 2, name: '人员' })).toBeVisible();
  await expect(page.locator(drawn('spending'))).toHaveCount(1);
  await expect(page.locator(drawn('key-work'))).toHaveCount(1);
});
