import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { drawnFigure, expectPngAtTwice } from './support/figures';

/** The headline figure each slide must show for the seed (slides not built yet are simply not visited). */
const HEADLINES: Record<string, string> = {
  title: '109.25 万元',
  overview: '+26.17 万元',
  spending: '69.21 万元',
  basicProject: '109.25 万元',
  personnelPublic: '98.19 万元',
  staffing: '9 / 12 人',
  keyWork: '11 项',
  'cohorts:transition-pensions': '207 人',
  threePublic: '0.10 万元',
  findings: '1 处',
};

const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide');
const headline = (page: Page) => page.getByTestId('headline-figure');
const slideIds = (page: Page) =>
  page
    .getByLabel('幻灯片')
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).textContent ?? ''));

/** Opens the address and starts the deck from its button, on the title slide. */
async function startDeck(page: Page, address: string) {
  await page.goto(address);
  await page.getByRole('button', { name: '▶ 演示' }).click();
  await expect(headline(page)).toHaveText(HEADLINES.title!);
}

/** The text of every file in the zip whose path matches, joined: a deck's slides, notes or charts. */
async function zipText(zip: JSZip, path: RegExp): Promise<string> {
  const files = Object.keys(zip.files).filter((f) => path.test(f));
  return (await Promise.all(files.map((f) => zip.file(f)!.async('string')))).join('\n');
}

test('walks the deck with clicker keys; every slide shows its headline figure', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await startDeck(page, './');
  expect(slideParam(page)).toBeNull();
  const total = (await slideIds(page)).length;
  await expect(page.getByTestId('slide-counter')).toHaveText(`1 / ${total}`);

  const keys = ['ArrowRight', 'PageDown', 'Space'];
  const visited: string[] = ['title'];
  for (let i = 1; i < total; i += 1) {
    await page.keyboard.press(keys[i % keys.length]!);
    await expect(page.getByTestId('slide-counter')).toHaveText(`${i + 1} / ${total}`);
    // The address follows the screen within nuqs's 50 ms batching window.
    const before = i === 1 ? null : visited.at(-1);
    await expect.poll(() => slideParam(page)).not.toBe(before);
    const id = slideParam(page)!;
    visited.push(id);
    expect(HEADLINES[id], `a headline is expected for slide ${id}`).toBeDefined();
    await expect(headline(page)).toHaveText(HEADLINES[id]!);
  }
  expect(visited.slice(0, 5)).toEqual(['title', 'overview', 'spending', 'basicProject', 'personnelPublic']);
  expect(visited.at(-1)).toBe('findings');

  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('slide-counter')).toHaveText(`${total - 1} / ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('slide-counter')).toHaveText(`${total - 2} / ${total}`);
  await page.keyboard.press('Home');
  await expect(headline(page)).toHaveText(HEADLINES.title!);
  await page.keyboard.press('End');
  await expect(headline(page)).toHaveText(HEADLINES.findings!);

  // The slide is in the URL: a reload comes back to it.
  await expect.poll(() => slideParam(page)).toBe('findings');
  await page.reload();
  await expect(headline(page)).toHaveText(HEADLINES.findings!);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: '芦山县社会保险事务中心' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull();
});

test('carries the dashboard filter into the deck', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await startDeck(page, './?cat=社会保障和就业支出');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(headline(page)).toHaveText('23.49 万元');
  await expect(page.getByText('筛选：社会保障和就业支出', { exact: true })).toBeVisible();
});

test('slides are projector-sized: nothing scrolls at 1366×768, no text under 24 px at 1920×1080', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  // Every slide loaded twice (two screen sizes) and measured: about a minute on these machines.
  test.setTimeout(180_000);
  await page.goto('./?present=1');
  await expect(headline(page)).toBeVisible();
  const ids = await page.getByLabel('幻灯片').locator('option').count();
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    for (let n = 1; n <= ids; n += 1) {
      await page.goto(`./?present=1&slide=${n}`);
      await expect(headline(page)).toBeVisible();
      // Charts load lazily; measure once they are drawn.
      await page.waitForLoadState('networkidle');
      const m = await page.locator('article[data-slide]').evaluate((article) => {
        const scale = article.getBoundingClientRect().width / (article as HTMLElement).offsetWidth;
        const box = article.getBoundingClientRect();
        let smallest = Infinity;
        let outside = 0;
        for (const el of article.querySelectorAll<HTMLElement>('*')) {
          const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
          if (!hasText) continue;
          smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize) * scale);
          const r = el.getBoundingClientRect();
          if (r.right > box.right + 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.top < box.top - 1) outside += 1;
        }
        const root = document.documentElement;
        return {
          id: (article as HTMLElement).dataset.slide,
          smallest,
          outside,
          overflow: article.scrollHeight > article.clientHeight + 1 || article.scrollWidth > article.clientWidth + 1,
          pageScrolls: root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth,
        };
      });
      expect(m.pageScrolls, `page scrolls on ${m.id} at ${size.width}`).toBe(false);
      expect(m.overflow, `content overflows slide ${m.id} at ${size.width}`).toBe(false);
      expect(m.outside, `text outside slide ${m.id} at ${size.width}`).toBe(0);
      if (size.width === 1920) expect(m.smallest, `smallest text on ${m.id}`).toBeGreaterThanOrEqual(24);
    }
  }
});

test('downloads the deck as a .pptx whose native charts carry the seed figures', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?present=1');
  await expect(headline(page)).toHaveText(HEADLINES.title!);
  const total = (await slideIds(page)).length;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 PPT' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pptx$/);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(total);
  const charts = await zipText(zip, /^ppt\/charts\/chart\d+\.xml$/);
  for (const figure of ['109.25', '83.08', '69.21', '23.49', '10.7', '5.85', '98.19', '11.06']) expect(charts).toContain(`<c:v>${figure}</c:v>`);
  expect(charts).toContain('<c:v>社会保障和就业支出</c:v>');
  const slides = await zipText(zip, /^ppt\/slides\/slide\d+\.xml$/);
  expect(slides).toContain('基本支出 109.25 万元，占 100%；无项目支出');
  const notes = await zipText(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/);
  expect(notes).toContain('一般公共服务支出：69.21 万元（63.35%）');
});

test('the presenter view and the audience window turn together', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await page.goto('./?present=1&slide=spending');
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: '演讲者视图' }).click()]);
  await expect(presenter.getByRole('timer')).toBeVisible();
  await expect(presenter.getByText('一般公共服务支出：69.21 万元（63.35%）')).toBeVisible();
  await expect(presenter.getByRole('heading', { level: 2, name: '基本支出与项目支出' })).toBeVisible();

  await presenter.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=basicProject/);
  await expect(headline(page)).toHaveText('109.25 万元');

  await page.keyboard.press('ArrowLeft');
  await expect(presenter).toHaveURL(/slide=spending/);
  await expect(presenter.getByRole('heading', { level: 2, name: '支出功能分类' })).toBeVisible();
});

test('copies a link to the exact view', async ({ page, context, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?cat=卫生健康支出&present=1&slide=spending');
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByText('链接已复制')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(Object.fromEntries(url.searchParams)).toMatchObject({ cat: '卫生健康支出', present: '1', slide: 'spending' });
});

test('exports a chart as PNG at 2x and as SVG with its title, unit and source', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  const frame = await drawnFigure(page, '收入来源');
  await expectPngAtTwice(page, frame, '收入来源.png', 2);

  const [svg] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /下载 SVG/ }).click()]);
  const text = await readFile((await svg.path())!, 'utf8');
  expect(text).toContain('<svg');
  expect(text).toContain('收入来源');
  expect(text).toContain('单位：万元');
  expect(text).toContain('来源：芦山县社会保险事务中心 2021 年部门预算编制说明');
  expect(text).not.toContain('下载 CSV');
});

test('the deck and the presenter view pass axe, in Chinese and English', async ({ page, offsiteRequests, pageErrors }) => {
  test.setTimeout(90_000);
  void offsiteRequests;
  void pageErrors;
  for (const url of [
    './?present=1&slide=spending',
    './?present=1&slide=keyWork&lang=en',
    './?present=1&slide=findings',
    './?present=presenter&slide=basicProject',
  ]) {
    await page.goto(url);
    await expect(headline(page).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      url,
    ).toEqual([]);
  }
});

test('key work fits above the footer with every task name whole, and slide 2 gives its chart most of the slide', async ({ page, offsiteRequests, pageErrors }) => {
  void offsiteRequests;
  void pageErrors;
  test.setTimeout(60_000);
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await page.goto('./?present=1&slide=keyWork&lang=en');
    await expect(headline(page)).toHaveText('11 items');
    const keyWork = await page.locator('article[data-slide="keyWork"]').evaluate((article) => {
      const footer = article.querySelector('footer')!.getBoundingClientRect();
      const rows = [...article.querySelectorAll('figure li')];
      return {
        rows: rows.length,
        overlapping: rows.filter((li) => li.getBoundingClientRect().bottom > footer.top + 0.5).map((li) => li.textContent),
        // A name is cut when its box is narrower or shorter than its text (ellipsis, clipping).
        cut: rows
          .map((li) => li.firstElementChild as HTMLElement)
          .filter((name) => name.scrollWidth > name.clientWidth + 1 || name.scrollHeight > name.clientHeight + 1 || getComputedStyle(name).textOverflow === 'ellipsis')
          .map((name) => name.textContent),
      };
    });
    expect(keyWork.rows, `key-work rows at ${size.width}`).toBe(11);
    expect(keyWork.overlapping, `rows under the footer at ${size.width}`).toEqual([]);
    expect(keyWork.cut, `task names cut at ${size.width}`).toEqual([]);

    await page.goto('./?present=1&slide=2');
    await expect(headline(page)).toHaveText('+26.17 万元');
    await page.locator('article[data-slide] figure svg.recharts-surface').waitFor();
    const share = await page.locator('article[data-slide]').evaluate((article) => {
      const slide = article.getBoundingClientRect();
      const chart = article.querySelector('figure')!.getBoundingClientRect();
      const bars = article.querySelector('figure [data-chart-id] svg')!.getBoundingClientRect();
      return { figure: (chart.width * chart.height) / (slide.width * slide.height), bars: (bars.width * bars.height) / (slide.width * slide.height) };
    });
    expect(share.figure, `slide 2's chart (with its title) at ${size.width}`).toBeGreaterThanOrEqual(0.6);
    // The bars spread over the chart's box rather than huddling at its top.
    expect(share.bars, `slide 2's bars at ${size.width}`).toBeGreaterThanOrEqual(0.5);
  }
});
