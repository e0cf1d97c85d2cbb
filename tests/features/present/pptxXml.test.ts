import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeckPptx } from '@/features/present/pptx/buildDeckPptx';
import type { RenderedDeck } from '@/features/present/slideModel';
import { buildDeck } from '@/domain/deck';
import { renderSlide } from '@/features/present/renderSlide';
import { createI18n } from '@/i18n/i18n';
import { makeFormatter } from '@/i18n/formatter';
import { seed } from '../../support/seed';

/** Word's soft line break (U+000B), a form feed, NUL and a lone surrogate: none is allowed in XML 1.0. */
const HOSTILE = '芦山\u000b社保\f中心\u0000\ud800';

/** The seed's deck with hostile characters in the title, the source, the filter and every slide's words and chart labels. */
function hostileDeck(): RenderedDeck {
  const i18n = createI18n('zh-CN');
  const ctx = { t: i18n.t, format: makeFormatter('zh-CN', seed.model.unit) };
  const slides = buildDeck(seed.model, {}).map((s) => renderSlide(s, ctx));
  return {
    title: `${HOSTILE} · 2021`,
    language: 'zh-CN',
    source: `来源：${HOSTILE}`,
    filter: `筛选：${HOSTILE}`,
    slides: slides.map((slide) => ({
      ...slide,
      title: `${slide.title}${HOSTILE}`,
      notes: [...slide.notes, HOSTILE],
      ...(slide.figure?.visual.kind === 'bar' || slide.figure?.visual.kind === 'donut'
        ? { figure: { ...slide.figure, visual: { ...slide.figure.visual, data: slide.figure.visual.data.map((d) => ({ ...d, label: `${d.label}${HOSTILE}` })) } } }
        : {}),
    })),
  };
}

/** The XML parser's complaint about a part, or '' when it is well-formed. */
function xmlError(xml: string): string {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return doc.getElementsByTagName('parsererror')[0]?.textContent ?? '';
}

describe('the .pptx writer on hostile text', () => {
  it('writes well-formed XML in every part, the words kept without the characters XML cannot hold', async () => {
    const zip = await JSZip.loadAsync(await buildDeckPptx(hostileDeck()));
    const parts = Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f));
    expect(parts).toContain('docProps/core.xml');
    for (const part of parts) expect(xmlError(await zip.file(part)!.async('string')), part).toBe('');
    // Each native chart carries its data as an embedded workbook, XML inside a zip inside the zip.
    const workbooks = Object.keys(zip.files).filter((f) => f.endsWith('.xlsx'));
    expect(workbooks.length).toBeGreaterThan(0);
    for (const workbook of workbooks) {
      const inner = await JSZip.loadAsync(await zip.file(workbook)!.async('uint8array'));
      for (const part of Object.keys(inner.files).filter((f) => f.endsWith('.xml'))) expect(xmlError(await inner.file(part)!.async('string')), `${workbook}: ${part}`).toBe('');
    }
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('芦山社保中心\ufffd · 2021');
    const slide2 = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(slide2).toContain('芦山社保中心\ufffd');
  });
});
