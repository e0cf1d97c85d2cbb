/**
 * The built app under its Content-Security-Policy (vite.csp.ts): every section, the
 * deck, the library dialog and a chart export run with zero violations, and the
 * policy really is enforced (an injected inline script is refused). The single-file
 * build, whose scripts are inline, runs under its hash-based policy from file://.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';
import { chooseCategory } from './support/chooseCategory';
import { singleFileBuild } from './support/singleFileBuild';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __violations: Violation[];
    __inlineRan?: boolean;
  }
}

async function listen(page: Page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => window.__violations);

const SECTIONS = ['支出', '人员', '重点工作', '其他事项', '核对', '对比', '名词解释', '概览'];

test('the dashboard, library dialog, chart export and deck run under the policy with no violation', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await listen(page);
  const response = await page.goto('./');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // Inline script and styles only by their hashes: the one-line view check in index.html, the page's stylesheet.
  expect(meta).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[\w+/=]+'; style-src 'self' 'sha256-[\w+/=]+';/);
  expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);
  // Style attributes of the prerendered first screen are allowed one exact value at a time, nothing else.
  expect(meta).toMatch(/; style-src-attr 'unsafe-hashes'( 'sha256-[\w+/=]+')+(;|$)/);
  expect(meta?.replace(/style-src-attr 'unsafe-hashes'/, '')).not.toContain('unsafe');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  for (const name of SECTIONS) {
    await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    await page.waitForTimeout(300);
  }
  await chooseCategory(page, '社会保障和就业支出');
  const frame = page.locator('figure', { has: page.getByRole('heading', { name: '支出功能分类构成', exact: true }) });
  await frame.getByRole('tab', { name: '表格' }).click();
  await frame.getByRole('tab', { name: '图表' }).click();
  const download = page.waitForEvent('download');
  await frame.getByRole('button', { name: /PNG/ }).click();
  await download;

  await page.getByRole('button', { name: '管理数据集' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto('./?present=1&slide=1');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await page.waitForLoadState('networkidle');
  expect(await violations(page)).toEqual([]);
});

// No pageErrors fixture here: Chromium logs the refusal as a console error, which is the point.
test('the policy is enforced: an injected inline script does not run and is reported', async ({ page, offsiteRequests }) => {
  void offsiteRequests;
  await listen(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
  });
  // Reported once per policy that refuses it: the header and the meta tag.
  await expect.poll(async () => (await violations(page)).length).toBeGreaterThan(0);
  expect(await violations(page)).toEqual(expect.arrayContaining([expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' })]));
  expect((await violations(page)).every((v) => v.blocked === 'inline')).toBe(true);
  expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
});

test('inline styles run only when the built page carries them: the page is styled, an injected one is refused', async ({ page, offsiteRequests }) => {
  void offsiteRequests;
  await listen(page);
  await page.goto('./');
  // The page's own stylesheet is inline (by its hash): the header band is dark, the prerendered swatches coloured.
  await expect(page.locator('header').first()).toHaveCSS('background-color', 'rgb(27, 31, 36)');
  expect(await violations(page)).toEqual([]);
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'h1 { color: rgb(255, 0, 0) }';
    document.head.append(style);
    const p = document.createElement('p');
    p.id = 'injected';
    p.innerHTML = '<span style="color: rgb(255, 0, 0)">x</span>';
    document.body.append(p);
  });
  await expect.poll(async () => (await violations(page)).map((v) => v.directive).sort()).toEqual(expect.arrayContaining(['style-src-attr', 'style-src-elem']));
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveCSS('color', 'rgb(255, 0, 0)');
  await expect(page.locator('#injected span')).not.toHaveCSS('color', 'rgb(255, 0, 0)');
});

test.describe('single-file build', () => {
  const outDir = singleFileBuild(test, 'budget-lens-csp-single-');

  test('opened from file:// it runs under its hash-based policy with no violation', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await listen(page);
    await page.goto(pathToFileURL(join(outDir(), 'index.html')).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('芦山县社会保险事务中心');
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toMatch(/script-src 'self' 'sha256-/);
    for (const name of SECTIONS) await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    await chooseCategory(page, '社会保障和就业支出');
    await expect(page.getByTestId('filter-chip')).toContainText('23.49 万元');
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
