import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfPageTexts } from './support/pdfText';

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

/** The seed's dashboard once its figures are on screen. */
async function openSeed(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByText('109.25 万元').first()).toBeVisible();
}

test('prints an A4 landscape handout: header on every page, page numbers, the chart whole on one page', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  test.setTimeout(60_000);
  await openSeed(page);
  await page.emulateMedia({ media: 'print' });
  // Paper gets the handout in place of the screen: no navigation, buttons, tabs or sections.
  await expect(page.locator('[data-handout]')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '章节' })).toBeHidden();
  await expect(page.getByRole('button', { name: '▶ 演示' })).toBeHidden();
  await expect(page.locator('main')).toBeHidden();

  // The running header and the page numbers are @page margin boxes, in the page's language.
  const rules = await printHeaderRules(page);
  expect(rules).toContain('@top-left { content: "芦山县社会保险事务中心 · 2021 年部门预算"');
  expect(rules).toContain('@top-right { content: "来源：芦山县社会保险事务中心 2021 年部门预算编制说明"');
  expect(rules).toContain('@bottom-right { content: "第 " counter(page) " 页，共 " counter(pages) " 页"');

  // Only the stylesheet picks the paper: without it Chromium would print US Letter portrait.
  const doc = readTaggedPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true }));
  expect(doc.mediaBoxes).toHaveLength(doc.pageCount);
  for (const [, , width, height] of doc.mediaBoxes) {
    expect(width).toBeCloseTo(841.9, 0);
    expect(height).toBeCloseTo(595.3, 0);
  }
  // The 类 bars are one figure printed whole on one page.
  const printed = doc.figures.filter((f) => f.pages.size > 0);
  expect(printed.length).toBeGreaterThan(0);
  for (const figure of printed) expect([...figure.pages], `figure "${figure.alt}" is cut across pages`).toHaveLength(1);
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

/** Text a page must at least hold to be worth its paper: the header and page number alone are far less. */
const FULL_PAGE = 200;

/** CJK radicals-supplement forms Chromium's font maps common characters to (NFKC leaves these alone; it maps the Kangxi ones). */
const RADICALS: Record<string, string> = { '⻔': '门', '⻓': '长', '⻅': '见', '⻋': '车', '⺠': '民', '⻚': '页', '⻛': '风', '⻢': '马', '⻜': '飞', '⻥': '鱼' };

/** At most four pages, none nearly empty; their text as one string. */
function expectFullPages(pages: readonly string[]): string {
  expect(pages.length).toBeLessThanOrEqual(4);
  for (const [i, text] of pages.entries()) expect(text.replace(/\s/g, '').length, `page ${i + 1} is nearly empty: ${text}`).toBeGreaterThan(FULL_PAGE);
  return pages.join('\n');
}

/** Prints the page to PDF once the handout's labels (a chunk of their own, loaded after the first screen) are in. */
async function printHandout(page: Page, unitLine: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-handout] header')).toContainText(unitLine);
  // Chromium's CJK font maps some characters to their Kangxi-radical twins (⼭ for 山) and the en dash to a figure dash; read them as written.
  const pages = await pdfPageTexts(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return pages.map((text) => text.replace(/[\u2e80-\u2fdf]/g, (c) => RADICALS[c] ?? c.normalize('NFKC')).replace(/\u2012/g, '–'));
}

test('the seed prints as a handout of at most four full pages, without a control on it', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  test.setTimeout(60_000);
  await openSeed(page);
  const pages = await printHandout(page, '金额单位：万元');
  expect(pages.length).toBeGreaterThanOrEqual(2);
  const all = expectFullPages(pages);
  // The header, the KPIs, the item table with its total against the document's, the error, the dated key work.
  expect(all).toMatch(/金额单位.万元/);
  expect(all).toMatch(/来源.芦山县社会保险事务中心 2021 年部门预算编制说明/);
  expect(all).toMatch(/合计.各项相加.\s*109\.23 万元/);
  expect(all).toMatch(/文件所列.109\.25 万元/);
  expect(all).toContain('22.69%');
  expect(all).toContain('3 月底前分批组织参保企业培训');
  expect(all).toContain('1 月–3 月');
  // Controls are the screen's, not the handout's.
  for (const control of ['不对比', '截至日期', '输入中文或英文', '搜索名词', '▶', '演示', '下载', '表格']) expect(all, `"${control}" printed`).not.toContain(control);
});

test('in English with a filter set, the handout prints that filter in English', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  test.setTimeout(60_000);
  await page.goto('./?lang=en&cat=卫生健康支出');
  await expect(page.getByTestId('filter-chip')).toContainText('Health');
  const pages = await printHandout(page, 'Amounts in');
  const all = expectFullPages(pages);
  expect(all).toContain('Filter: Health');
  expect(all).toContain('Spending lines (items)');
  // The item table holds the filtered class only, totalled against the document's figure for it.
  expect(all).not.toContain('Basic pension');
  expect(all).toMatch(/Total \(the lines added up\)/);
  for (const control of ['No comparison', 'As-of day', 'Chinese or English, e.g.', 'Search terms', '▶', 'Download', 'Table']) expect(all, `"${control}" printed`).not.toContain(control);
  // No Chinese interface word slipped into the English handout.
  for (const word of ['金额单位', '合计', '核对', '来源']) expect(all).not.toContain(word);
});
