import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The running-header rules: a constructed stylesheet (the Content-Security-Policy refuses inline <style>), read back as Chromium serialises it. */
function printHeaderRules(page: Page): Promise<string> {
  return page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'));
}

/**
 * Reads what a tagged PDF from Chromium says about its pages: the page sizes, and
 * for every figure (a chart frame or a chart) the pages its content landed on.
 * The structure tree is written uncompressed: `n 0 obj <<…>> endobj` dictionaries
 * (whitespace normalised below, as Chromium breaks lines between keys).
 */
function readTaggedPdf(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*(<<[\s\S]*?>>)\s*(?:stream|endobj)/g)) objects.set(Number(m[1]), m[2]!.replace(/\s+/g, ' '));
  const pages = [...objects].filter(([, body]) => /\/Type \/Page\b/.test(body));
  const mediaBoxes = [...text.matchAll(/\/MediaBox \[([\d.\s]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));

  /** Pages a structure element's content is on: its own /Pg for marked content, and its children's. */
  const pagesOf = (id: number, seen = new Set<number>()): Set<number> => {
    const out = new Set<number>();
    const body = objects.get(id);
    if (!body || seen.has(id)) return out;
    seen.add(id);
    const own = /\/Pg (\d+) 0 R/.exec(body)?.[1];
    const kids = /\/K (\[[^\]]*\]|\d+ 0 R|\d+)/.exec(body)?.[1] ?? '';
    for (const ref of kids.matchAll(/(\d+) 0 R/g)) for (const p of pagesOf(Number(ref[1]), seen)) out.add(p);
    // Bare numbers are marked-content ids on the element's own page.
    if (own && /(^|[\s[])\d+(?![\d\s]*0 R)/.test(kids.replace(/\d+ 0 R/g, ''))) out.add(Number(own));
    for (const mcr of kids.matchAll(/\/Pg (\d+) 0 R/g)) out.add(Number(mcr[1]));
    return out;
  };
  const decodeAlt = (hex: string | undefined) => (hex ? Buffer.from(hex.replace(/^FEFF/i, ''), 'hex').swap16().toString('utf16le') : '');
  const figures = [...objects]
    .filter(([, body]) => /\/Type \/StructElem \/S \/Figure\b/.test(body))
    .map(([id, body]) => ({ alt: decodeAlt(/\/Alt <([0-9A-Fa-f]+)>/.exec(body)?.[1]), pages: pagesOf(id) }));
  return { pageCount: pages.length, mediaBoxes, figures };
}

test('prints an A4 landscape handout: header on every page, page numbers, no chart split across pages', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  test.setTimeout(60_000);
  await page.goto('./');
  await expect(page.getByText('109.25 万元').first()).toBeVisible();
  // Every chart drawn before printing (charts load lazily).
  await page.waitForLoadState('networkidle');
  await expect(page.locator('figure [aria-hidden="true"].animate-pulse')).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  // Printing draws the sections not yet scrolled to (they are drawn lazily on screen).
  await expect(page.locator('main section[aria-busy]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: '芦山县社会保险事务中心' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '章节' })).toBeHidden();
  await expect(page.getByRole('button', { name: '▶ 演示' })).toBeHidden();
  await expect(page.getByRole('button', { name: /下载 PNG 图片/ }).first()).toBeHidden();
  await expect(page.getByRole('tab', { name: '表格' }).first()).toBeHidden();
  const figureCount = await page.locator('main figure').count();
  expect(figureCount).toBeGreaterThan(3);
  for (const figure of await page.locator('main figure').all()) expect(await figure.evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');

  // The running header and the page numbers are @page margin boxes, in the page's language.
  const rules = await printHeaderRules(page);
  expect(rules).toContain('@top-left { content: "芦山县社会保险事务中心 · 2021 年部门预算"');
  expect(rules).toContain('@top-right { content: "来源：芦山县社会保险事务中心 2021 年部门预算编制说明"');
  expect(rules).toContain('@bottom-right { content: "第 " counter(page) " 页，共 " counter(pages) " 页"');

  // Only the stylesheet picks the paper: without it Chromium would print US Letter portrait.
  const paper = readTaggedPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(paper.pageCount).toBeGreaterThan(3);
  expect(paper.mediaBoxes).toHaveLength(paper.pageCount);
  for (const [, , width, height] of paper.mediaBoxes) {
    expect(width).toBeCloseTo(841.9, 0);
    expect(height).toBeCloseTo(595.3, 0);
  }

  // Print → PDF lays the page out on that paper (DevTools' printToPDF would otherwise size media queries for Letter).
  const doc = readTaggedPdf(await page.pdf({ preferCSSPageSize: true, format: 'A4', landscape: true, printBackground: true, tagged: true }));
  // What a printed page holds: A4 landscape less the @page margins (273 × 180 mm), in CSS px.
  const pageBox = { width: Math.floor((273 / 25.4) * 96), height: Math.floor((180 / 25.4) * 96) };
  await page.setViewportSize(pageBox);
  const measured = await page
    .locator('main figure')
    .evaluateAll((figures) => figures.map((f) => ({ title: f.querySelector('h3')?.textContent ?? '', height: f.getBoundingClientRect().height })));
  const fitting = new Set(measured.filter((f) => f.height <= pageBox.height).map((f) => f.title));
  expect(fitting.size, 'charts that fit on a page').toBeGreaterThan(5);

  const printed = doc.figures.filter((f) => f.pages.size > 0);
  expect(printed.length).toBeGreaterThanOrEqual(figureCount);
  expect(printed.map((f) => f.alt)).toEqual(expect.arrayContaining(['收入来源', '支出功能分类构成', '编制与人员']));
  // A chart that fits on a page is never cut; one taller than a page (none on the seed at this scale but the key-work
  // timeline with its as-of controls) necessarily continues on the next.
  for (const figure of printed.filter((f) => fitting.has(f.alt))) expect([...figure.pages], `figure "${figure.alt}" is cut across pages`).toHaveLength(1);
  for (const figure of printed.filter((f) => f.pages.size > 1)) expect(fitting.has(figure.alt), `"${figure.alt}" fits a page but was cut`).toBe(false);
});

test('the handout follows the filter and the language', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?lang=en&cat=卫生健康支出');
  await expect(page.getByText('CNY 1.09 million').first()).toBeVisible();
  // The handout's words arrive with their label chunk, a moment after the first screen.
  await expect.poll(() => printHeaderRules(page)).toContain('@top-left { content: "Lushan County');
  const rules = await printHeaderRules(page);
  expect(rules).toContain('@top-left { content: "Lushan County Social Insurance Affairs Center · 2021 departmental budget"');
  expect(rules).toContain('@bottom-left { content: "Filter: Health"');
  expect(rules).toContain('"Page " counter(page) " of " counter(pages)');
});
