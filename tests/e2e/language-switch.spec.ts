/**
 * The language switch paints what the reader sees first: the header, the nav and the section on screen
 * change in the click's own commit, with `<html lang>` (English type comes from `:lang(en)`); a section
 * drawn below the screen follows right after, and nothing changes back.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface FirstCommit {
  lang: string;
  /** The language each section slot says it is drawn in. */
  slotLangs: Record<string, string>;
  overviewHeading: string;
  /** Mutations inside each section slot, by slot id. */
  touched: Record<string, number>;
}

/**
 * Records the DOM changes React makes in the click's own commit: they reach a MutationObserver in
 * one delivery, a microtask after that commit and before any transition (a later task) renders.
 */
function watchFirstCommit(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __firstCommit?: unknown; __after?: string[]; __later?: string[][] };
    w.__after = [];
    w.__later = [];
    let armed = false;
    let clicked = false;
    const observer = new MutationObserver((records) => {
      if (!clicked) return;
      const touched: Record<string, number> = {};
      for (const record of records) {
        const node = record.target instanceof Element ? record.target : record.target.parentElement;
        const slot = node?.closest('[data-section-slot]')?.getAttribute('data-section-slot');
        if (slot) touched[slot] = (touched[slot] ?? 0) + 1;
      }
      if (!armed) {
        w.__later!.push(Object.keys(touched));
        return;
      }
      armed = false;
      w.__firstCommit = {
        lang: document.documentElement.lang,
        slotLangs: Object.fromEntries([...document.querySelectorAll('[data-section-slot]')].map((slot) => [slot.getAttribute('data-section-slot'), slot.getAttribute('lang') ?? ''])),
        overviewHeading: document.querySelector('#overview-heading')?.textContent ?? '',
        touched,
      };
      // From here on, every frame: what the on-screen labels say (a label turning back would show here).
      const sample = (frames: number) => {
        w.__after!.push(`${document.documentElement.lang}|${document.querySelector('#overview-heading')?.textContent ?? ''}`);
        if (frames > 0) requestAnimationFrame(() => sample(frames - 1));
      };
      requestAnimationFrame(() => sample(30));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    window.addEventListener('click', () => (armed = clicked = true), { capture: true, once: true });
  });
}

test('the language switch rewrites what is on screen in its first commit, then the section below, and nothing turns back', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  // The reader has been to 重点工作 and back: the sections between are drawn, far below the screen.
  const nav = page.getByRole('navigation', { name: '章节' });
  await nav.getByRole('link', { name: '重点工作' }).click();
  await expect(page.locator('section#key-work:not([aria-busy])')).toBeInViewport();
  await nav.getByRole('link', { name: '概览' }).click();
  await expect(page.locator('#overview-heading')).toBeInViewport();
  // 支出 is drawn (it is within a screen of the window) but below the fold at 1366×768.
  await expect(page.locator('section#spending:not([aria-busy])')).toBeAttached();
  await expect(page.locator('section#spending')).not.toBeInViewport();
  for (const id of ['staffing', 'key-work', 'other']) await expect(page.locator(`section#${id}:not([aria-busy])`)).toBeAttached();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);

  await watchFirstCommit(page);
  await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();

  await expect.poll(() => page.evaluate(() => (window as unknown as { __firstCommit?: unknown }).__firstCommit)).toBeTruthy();
  const first = (await page.evaluate(() => (window as unknown as { __firstCommit: unknown }).__firstCommit)) as FirstCommit;
  expect(first.lang, '<html lang> in the first commit').toBe('en');
  expect(first.overviewHeading).toBe('Overview');
  expect(first.touched.overview ?? 0, 'the section on screen changed in the first commit').toBeGreaterThan(0);
  // A section still showing Chinese says so (its type and a screen reader's voice follow it).
  expect(first.slotLangs.overview).toBe('en');
  expect(first.slotLangs.spending).toBe('zh-CN');
  // Nothing below the screen is touched in that commit, not even re-rendered in the old language.
  for (const id of ['spending', 'staffing', 'key-work', 'other']) expect(first.touched[id] ?? 0, `${id}, below the screen, waited for the next render`).toBe(0);

  // The section below follows without being scrolled to.
  await expect(page.locator('#spending-heading')).toHaveText('Spending');
  await expect(page.locator('section#spending')).not.toBeInViewport();
  await expect(page.locator('[data-section-slot="spending"]')).toHaveAttribute('lang', 'en');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __after: string[] }).__after.length), { timeout: 5000 }).toBeGreaterThan(30);
  const after = await page.evaluate(() => (window as unknown as { __after: string[] }).__after);
  expect(new Set(after)).toEqual(new Set(['en|Overview']));
  // The sections below were rewritten one at a time (each delivery of changes is one commit): no one long task held the page.
  await expect(page.locator('#other-heading')).toHaveText('Other matters');
  const below = ['spending', 'staffing', 'key-work', 'other'];
  const later = await page.evaluate(() => (window as unknown as { __later: string[][] }).__later);
  const commits = later.map((slots) => slots.filter((slot) => below.includes(slot))).filter((slots) => slots.length > 0);
  expect(new Set(commits.flat()), 'every section below was rewritten').toEqual(new Set(below));
  for (const slots of commits) expect(slots, 'sections rewritten in one commit').toHaveLength(1);

  // And back: the reader scrolls down and finds it in Chinese, in Chinese type.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('#spending-heading').scrollIntoViewIfNeeded();
  await expect(page.locator('#spending-heading')).toHaveText('支出');
  await expect(page.locator('#overview-heading')).toHaveText('概览');
});

test('the unit switch rewrites the figures on screen in its first commit, then each section below in its own', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  const nav = page.getByRole('navigation', { name: '章节' });
  await nav.getByRole('link', { name: '重点工作' }).click();
  await expect(page.locator('section#key-work:not([aria-busy])')).toBeInViewport();
  await nav.getByRole('link', { name: '概览' }).click();
  await expect(page.locator('#overview-heading')).toBeInViewport();
  for (const id of ['spending', 'staffing', 'key-work', 'other']) await expect(page.locator(`section#${id}:not([aria-busy])`)).toBeAttached();
  await expect(page.locator('section#spending')).not.toBeInViewport();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const overview = page.locator('section#overview');
  await expect(overview).toContainText('109.25');

  await watchFirstCommit(page);
  await page.getByRole('button', { name: '元', exact: true }).click();

  await expect.poll(() => page.evaluate(() => (window as unknown as { __firstCommit?: unknown }).__firstCommit)).toBeTruthy();
  const first = (await page.evaluate(() => (window as unknown as { __firstCommit: unknown }).__firstCommit)) as FirstCommit;
  expect(first.touched.overview ?? 0, 'the figures on screen changed in the first commit').toBeGreaterThan(0);
  for (const id of ['spending', 'staffing', 'key-work', 'other']) expect(first.touched[id] ?? 0, `${id}, below the screen, waited for the next render`).toBe(0);
  await expect(overview).toContainText('1,092,500');

  // Each section below takes the unit in its own commit, without being scrolled to.
  const below = ['spending', 'staffing', 'key-work', 'other'];
  await expect
    .poll(async () => {
      const later = await page.evaluate(() => (window as unknown as { __later: string[][] }).__later);
      return [...new Set(later.flat().filter((slot) => below.includes(slot)))].sort();
    })
    .toEqual([...below].sort());
  const later = await page.evaluate(() => (window as unknown as { __later: string[][] }).__later);
  for (const slots of later.map((s) => s.filter((slot) => below.includes(slot))).filter((s) => s.length > 0)) expect(slots, 'sections rewritten in one commit').toHaveLength(1);
  await expect(page.locator('section#spending')).not.toBeInViewport();
  await page.locator('#spending-heading').scrollIntoViewIfNeeded();
  await expect(page.locator('section#spending')).not.toContainText('万元');
});
