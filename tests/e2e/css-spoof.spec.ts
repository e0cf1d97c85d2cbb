/**
 * A budget whose department name, source title and a category name (set as the
 * filter) carry CSS that would restyle the page (issue 14): a form feed ends a CSS
 * string, and the rest of the name added rules that hid the headings and wrote a false
 * total after the overview heading. The text goes into the printed running header;
 * it must stay text there, on screen and in print.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const SPOOF =
  "X\f;}}} h1{font-size:0 !important} main{display:none !important} main h2:first-of-type::after{content:' — 收支总预算 9,999.99 万元（已核对无误）';color:#b00} @media print{@page{@top-left{content:'";

function spoofingBudget(): Buffer {
  const budget = JSON.parse(readFileSync('public/data/lushan-shebao-2021.json', 'utf8')) as {
    department: { name: string };
    source: { title: string };
    functional: { name: string }[];
  };
  budget.department.name = SPOOF;
  budget.source.title = SPOOF;
  budget.functional[2]!.name = `社保${SPOOF}`;
  return Buffer.from(JSON.stringify(budget));
}

/** What the page's styles make of the headings, and the running-header rules that were installed. */
function readStyles(page: Page) {
  return page.evaluate(() => ({
    h1Size: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
    afters: [...document.querySelectorAll('main h2')].map((h) => getComputedStyle(h, '::after').content),
    mainDisplay: getComputedStyle(document.querySelector('main')!).display,
    headerRules: document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
  }));
}

async function expectNoSpoofing(page: Page) {
  // The running header is installed with the print code, fetched once the page is idle.
  await expect.poll(async () => (await readStyles(page)).headerRules.length).toBe(1);
  const styles = await readStyles(page);
  expect(styles.h1Size).toBeGreaterThan(12);
  expect(styles.mainDisplay).not.toBe('none');
  expect(styles.afters.length).toBeGreaterThan(3);
  for (const content of styles.afters) expect(['none', 'normal']).toContain(content);
  // The header was installed, as one @media print rule holding the name as text.
  expect(styles.headerRules).toHaveLength(1);
  expect(styles.headerRules[0]).toMatch(/^@media print/);
  expect(styles.headerRules[0]).toContain('@top-left');
}

test('names carrying CSS stay text in the printed header, on screen and in print', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./');
  await page.getByLabel('打开文件…').setInputFiles({ name: 'spoof.json', mimeType: 'application/json', buffer: spoofingBudget() });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('h1{font-size:0');
  await expectNoSpoofing(page);

  const url = new URL(page.url());
  // The validator drops the form feed (src/domain/text.ts): the name the filter uses is the rest.
  url.searchParams.set('cat', `社保${SPOOF.replace('\f', '')}`);
  await page.goto(url.href);
  await expect(page.getByTestId('filter-chip')).toContainText('社保X');
  await expectNoSpoofing(page);
  expect((await readStyles(page)).headerRules[0]).toContain('@bottom-left');

  // In print the handout stands in for the screen (print.css hides the rest): it shows, with the name as text and no false content.
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('[data-handout]');
  await expect(handout).toBeVisible();
  await expect(handout.locator('header')).toContainText('h1{font-size:0');
  const afters = await page.evaluate(() => [...document.querySelectorAll('[data-handout] h2, [data-handout] p')].map((el) => getComputedStyle(el, '::after').content));
  for (const content of afters) expect(['none', 'normal']).toContain(content);
  expect((await readStyles(page)).headerRules).toHaveLength(1);
});
