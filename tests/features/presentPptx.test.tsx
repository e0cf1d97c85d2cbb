import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeckPptx } from '@/features/present/pptx/buildDeckPptx';
import type { RenderedDeck } from '@/features/present/slideModel';
import { buildDeck, type DeckOptions } from '@/domain/deck';
import { renderSlide } from '@/features/present/renderSlide';
import { createI18n } from '@/i18n/i18n';
import type { Language } from '@/i18n/resources';
import { makeFormatter } from '@/i18n/formatter';
import { seed } from '../support/seed';

function renderedDeck(language: Language, filterId?: string, progress?: DeckOptions['progress']): RenderedDeck {
  const i18n = createI18n(language);
  const ctx = { t: i18n.t, format: makeFormatter(language, seed.model.unit) };
  return {
    title: '芦山县社会保险事务中心 · 2021',
    language,
    source: '来源：测试',
    slides: buildDeck(seed.model, { filterId, progress }).map((s) => renderSlide(s, ctx)),
  };
}

async function unzip(deck: RenderedDeck) {
  return JSZip.loadAsync(await buildDeckPptx(deck));
}

const files = (zip: JSZip, pattern: RegExp) =>
  Object.keys(zip.files)
    .filter((f) => pattern.test(f))
    .sort();
const text = (zip: JSZip, path: string) => zip.file(path)!.async('string');

/** The key-work slide's XML: the slide whose table names the seed's first task. */
async function timelineSlide(zip: JSZip): Promise<string> {
  const slides = await Promise.all(files(zip, /^ppt\/slides\/slide\d+\.xml$/).map((f) => text(zip, f)));
  return slides.find((x) => x.includes('<a:tbl>') && x.includes('政策宣传全覆盖'))!;
}

/** The timeline table's rows as cell texts (a cell covered by a task name spanning rows is ''). */
async function timelineRows(zip: JSZip): Promise<string[][]> {
  const table = /<a:tbl>[\s\S]*?<\/a:tbl>/.exec(await timelineSlide(zip))![0];
  return [...table.matchAll(/<a:tr[\s\S]*?<\/a:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<a:tc(?:\s[^>]*)?>([\s\S]*?)<\/a:tc>/g)].map((tc) => [...tc[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')),
  );
}

describe('the deck as a .pptx', () => {
  it('writes one slide per deck slide, with native charts that carry the figures', async () => {
    const deck = renderedDeck('zh-CN');
    const zip = await unzip(deck);
    expect(files(zip, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(deck.slides.length);
    const charts = await Promise.all(files(zip, /^ppt\/charts\/chart\d+\.xml$/).map((f) => text(zip, f)));
    // Overview (2020 vs 2021), spending by function, basic/project, personnel/public, staffing, 中人, 三公: every slide but the title and the two tables (key work, checks).
    expect(charts).toHaveLength(7);
    const all = charts.join('\n');
    for (const figure of ['83.08', '109.25', '69.21', '23.49', '10.7', '5.85', '98.19', '11.06']) expect(all).toContain(`<c:v>${figure}</c:v>`);
    expect(all).toContain('<c:v>一般公共服务支出</c:v>');
    // 教育支出 has no amount in the document: it is left out of the chart, not drawn as 0.
    expect(all).not.toContain('教育支出');
    expect(all).toContain('<c:barDir val="bar"/>');
    expect(all).toContain('<c:doughnutChart>');
    // Staffing in people, 中人 paid by month, 三公 by kind.
    for (const figure of ['12', '9', '160', '207', '0.1']) expect(all).toContain(`<c:v>${figure}</c:v>`);
  });

  it('marks overdue key work in the timeline in words and colour, as the slide does', async () => {
    // Reported in progress, as of 30 June: the step due by then is overdue.
    const zip = await unzip(renderedDeck('zh-CN', undefined, { statuses: { 'publicity-training': { status: 'in-progress' } }, asOf: '2021-06-30' }));
    const rows = await timelineRows(zip);
    const overdue = rows.find((r) => r[1]!.startsWith('⚠'))!;
    expect(overdue[1]).toBe('⚠ 逾期 · 3 月底前分批组织参保企业培训');
    expect(await timelineSlide(zip)).toContain('B84700');
    // Without progress nothing is marked, nor with nothing reported once the year is over: that is the plan.
    for (const progress of [undefined, { statuses: {}, asOf: '2021-12-31' }]) {
      const plain = await unzip(renderedDeck('zh-CN', undefined, progress));
      expect(await timelineSlide(plain)).not.toContain('⚠');
    }
  });

  it('writes the key-work timeline as a table on a January–December grid, one line per dated step, each mark in its month', async () => {
    const zip = await unzip(renderedDeck('zh-CN'));
    const [header, ...rows] = await timelineRows(zip);
    expect(header).toEqual(['工作', '节点', ...Array.from({ length: 12 }, (_, i) => `${i + 1} 月`)]);
    const marks = (label: string) => {
      const row = rows.find((r) => r[1] === label);
      expect(row, label).toBeDefined();
      return row!.slice(2).flatMap((cell, i) => (cell === '' ? [] : [`${i + 1}:${cell}`]));
    };
    // 中人's three deadlines stay three points in February, April and June, not one bar from February to June.
    expect(marks('2 月底前完成 207 名“中人”基础数据清理')).toEqual(['2:◆']);
    expect(marks('预计 4 月兑现 2018-2019 年退休“中人”待遇')).toEqual(['4:◆']);
    expect(marks('预计 6 月兑现 2020 年退休“中人”待遇')).toEqual(['6:◆']);
    // A period fills its months only; recurring work marks each month (or quarter) it recurs in.
    expect(marks('1-3 月摸排未参保数据')).toEqual(['1:■', '2:■', '3:■']);
    expect(marks('每月评选服务之星')).toHaveLength(12);
    expect(marks('每个季度深入定点医疗机构监管')).toHaveLength(4);
    // One line per dated step of the seed (10) and one per task without dates (5), said as such.
    const dated = rows.filter((r) => r.slice(2).some((c) => c !== ''));
    expect(dated).toHaveLength(10);
    expect(rows.filter((r) => r[1] === '未写明时间')).toHaveLength(5);
  });

  it('keeps the Chinese text and the speaker notes', async () => {
    const zip = await unzip(renderedDeck('zh-CN'));
    const slide4 = await text(zip, 'ppt/slides/slide4.xml');
    expect(slide4).toContain('基本支出 109.25 万元，占 100%；无项目支出');
    expect(slide4).toContain('lang="zh-CN"');
    const notes = await Promise.all(files(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((f) => text(zip, f)));
    expect(notes.join('\n')).toContain('一般公共服务支出：69.21 万元（63.35%）');
    expect(notes.join('\n')).toContain('机关运行经费（增长率（疑以本年数为分母））：文件 22.69%，计算 29.36%');
  });

  it('draws the filtered category in the accent colour and the rest in grey', async () => {
    const zip = await unzip(renderedDeck('zh-CN', '卫生健康支出'));
    const charts = await Promise.all(files(zip, /^ppt\/charts\/chart\d+\.xml$/).map((f) => text(zip, f)));
    const spending = charts.find((c) => c.includes('<c:v>卫生健康支出</c:v>'))!;
    // Bars bottom to top (PowerPoint's order): 卫生健康支出 (5.85) is the filtered one.
    const pointColors = [...spending.matchAll(/<c:dPt>[\s\S]*?srgbClr val="(\w+)"[\s\S]*?<\/c:dPt>/g)].map((m) => m[1]);
    expect(pointColors).toEqual(['0072B2', 'B8BDC5', 'B8BDC5', 'B8BDC5']);
  });
});
