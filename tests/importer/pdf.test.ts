/** PDF in: the seed as a PDF reads to the same figures as its text; a scan and random bytes get a message, never a throw. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { importer as labels } from '@/i18n/messages/importer';
import { Translator } from '@/i18n/translator';
import { importExplanation } from '@/importer';
import { figureMap } from '@/importer/figureMap';
import { problemMessage } from '@/importer/source/problemMessage';
import { readSource } from '@/importer/source/readSource';
import { makeCidPdf } from './support/makeCidPdf';
import { makePdf, makeScannedPdf } from './support/makePdf';

const seedText = readFileSync('tests/fixtures/explanations/lushan-shebao-2021.md', 'utf8').replace(/^#+ /gm, '');

function message(problem: Parameters<typeof problemMessage>[0], language: 'zh-CN' | 'en'): string {
  const translator = new Translator(language, { importer: labels });
  return problemMessage(problem, (key, options) => translator.t(key, options, 'importer'));
}

describe('PDF import', { timeout: 60_000 }, () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await makePdf(seedText, { header: '部门预算公开 · 社会保障' });
  }, 60_000);

  it('reads a PDF of the seed (wrapped lines, running header, page footers) to the same figures as the text', async () => {
    const source = await readSource(pdf, 'lushan.pdf');
    expect(source.ok).toBe(true);
    if (!source.ok) return;
    expect(source.text).not.toMatch(/第 \d+ 页，共 \d+ 页/);
    expect(source.text).not.toContain('部门预算公开 · 社会保障');
    const fromPdf = importExplanation(source.text);
    const fromText = importExplanation(seedText);
    expect(fromPdf.budget).toBeDefined();
    expect(figureMap(fromPdf.budget!)).toEqual(figureMap(fromText.budget!));
    expect(fromPdf.budget!.keyWork?.length).toBe(fromText.budget!.keyWork?.length);
  });

  it('reads a PDF whose CJK font is not embedded, through the predefined CMaps pdf.js ships', async () => {
    const pdf = makeCidPdf(['某县档案馆 2024 年部门预算编制说明', '本年收入预算合计 56.40 万元。']);
    const source = await readSource(pdf, 'old-tool.pdf', { cMapUrl: 'node_modules/pdfjs-dist/cmaps/' });
    expect(source).toEqual({ ok: true, text: '某县档案馆 2024 年部门预算编制说明\n本年收入预算合计 56.40 万元。' });
  });

  it('says a scanned PDF has no text layer, in both languages', async () => {
    const source = await readSource(await makeScannedPdf(), 'scan.pdf');
    expect(source).toEqual({ ok: false, problem: { kind: 'scanned' } });
    if (source.ok) return;
    expect(message(source.problem, 'zh-CN')).toContain('这个 PDF 没有文字层（可能是扫描件或图片）');
    expect(message(source.problem, 'en')).toContain('This PDF has no text layer');
  });

  it('never throws on random bytes named .pdf, with or without a PDF signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, signed) => {
        const data = signed ? new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...bytes]) : bytes;
        const source = await readSource(data, 'random.pdf');
        if (!source.ok) expect(['unreadable', 'scanned']).toContain(source.problem.kind);
      }),
      { numRuns: 40 },
    );
  });

  it('reads what it can of a PDF cut short, or says it is unreadable, without throwing', async () => {
    const source = await readSource(pdf.subarray(0, Math.floor(pdf.length / 3)), 'cut.pdf');
    expect(source.ok ? 'read' : source.problem.kind).toMatch(/^(read|unreadable|scanned)$/);
  });
});
