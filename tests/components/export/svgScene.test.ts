/**
 * The SVG writer on a bar list of the seed's 类, laid out as the page would: true
 * vector (no foreignObject), every word a <text> with the CJK font named, and
 * text from the file escaped whatever it holds. Parsed by a real XML parser.
 */
import { describe, expect, it } from 'vitest';
import { sceneToSvg, viewBoxTransform, type Scene, type SceneItem } from '@/components/export/svgScene';
import { functionalSpec } from '@/domain/charts/amountSpecs';
import { fenToDecimalString } from '@/domain/money';
import { seed } from '../../support/seed';

const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const ink = { color: '#1b1f24', opacity: 1 };
const font = (size: number, weight = '400') => ({ family: FONT, size, weight, style: 'normal' });

/** The seed's spending by 类 as a bar list: a label, a bar and the amount per row, then the total. */
function seedScene(title = '支出功能分类'): Scene {
  const rows = functionalSpec(seed.model).rows;
  const items: SceneItem[] = [{ kind: 'text', x: 16, y: 30, text: title, font: font(18, '600'), fill: ink }];
  rows.forEach((row, i) => {
    const y = 60 + i * 30;
    items.push({ kind: 'text', x: 16, y: y + 14, text: row.name, font: font(14), fill: ink });
    if (row.value !== undefined) items.push({ kind: 'rect', x: 200, y, width: 100, height: 16, radius: 2, fill: { color: '#0072b2', opacity: 1 } });
    items.push({ kind: 'text', x: 310, y: y + 14, text: row.value === undefined ? '未说明' : fenToDecimalString(row.value, '万元'), font: font(14), fill: ink });
  });
  items.push({ kind: 'text', x: 16, y: 220, text: `合计 ${fenToDecimalString(seed.model.total!, '万元')} 万元`, font: font(12), fill: { color: '#4a5260', opacity: 0.8 } });
  return { width: 480, height: 240, title, fontFamily: FONT, items };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull();
  return doc;
}

const texts = (doc: Document) => [...doc.getElementsByTagName('text')].map((t) => t.textContent);

describe('sceneToSvg', () => {
  it('writes well-formed SVG 1.1 with no foreignObject, its size and the CJK font on the root', () => {
    const doc = parse(sceneToSvg(seedScene()));
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('version')).toBe('1.1');
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['480', '240', '0 0 480 240']);
    expect(root.getAttribute('font-family')).toContain("'Noto Sans CJK SC'");
    expect(doc.getElementsByTagName('foreignObject')).toHaveLength(0);
  });

  it('puts the title, the seed’s categories and figures in <text>', () => {
    const doc = parse(sceneToSvg(seedScene()));
    expect(texts(doc)).toEqual(expect.arrayContaining(['支出功能分类', '社会保障和就业支出', '23.49', '69.21', '合计 109.25 万元']));
    expect(doc.getElementsByTagName('rect').length).toBeGreaterThan(1);
  });

  it('writes colours as #rrggbb with a separate opacity, never CSS variables', () => {
    const svg = sceneToSvg(seedScene());
    expect(svg).toContain('fill="#4a5260" fill-opacity="0.8"');
    expect(svg).not.toMatch(/var\(|rgba|oklch|class=|style=/);
  });

  it('keeps hostile text as text: markup escaped, characters XML cannot hold dropped', () => {
    const hostile = '</text><script>alert(1)</script>&amp;"\u000b\u0000甲\ud800乙';
    const doc = parse(sceneToSvg(seedScene(hostile)));
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(texts(doc)[0]).toBe('</text><script>alert(1)</script>&amp;"甲\ufffd乙');
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('</text><script>alert(1)</script>&amp;"甲\ufffd乙');
  });

  it('keeps a dashed border dashed and a turned box turned (the timeline’s undated box and milestone diamond)', () => {
    const scene = seedScene();
    scene.items.push({ kind: 'rect', x: 0, y: 0, width: 12, height: 12, radius: 0, fill: { color: '#d55e00', opacity: 1 }, transform: 'matrix(0.707 0.707 -0.707 0.707 6 -2.485)' });
    scene.items.push({ kind: 'line', x1: 0, y1: 0, x2: 0, y2: 40, stroke: { color: '#d55e00', opacity: 1, width: 2, dash: '2 2' } });
    const doc = parse(sceneToSvg(scene));
    const rects = [...doc.getElementsByTagName('rect')];
    expect(rects.at(-1)!.getAttribute('transform')).toBe('matrix(0.707 0.707 -0.707 0.707 6 -2.485)');
    expect(doc.getElementsByTagName('line')[0]!.getAttribute('stroke-dasharray')).toBe('2 2');
  });

  it('maps an embedded chart’s viewBox into its box as preserveAspectRatio says', () => {
    const item = { kind: 'svg', x: 10, y: 20, width: 200, height: 100, viewBox: { x: 0, y: 0, width: 100, height: 100 }, aspect: 'xMidYMid meet', markup: '' } as const;
    expect(viewBoxTransform(item)).toBe('translate(60 20) scale(1 1)');
    expect(viewBoxTransform({ ...item, aspect: 'none' })).toBe('translate(10 20) scale(2 1)');
    expect(viewBoxTransform({ ...item, viewBox: undefined })).toBe('translate(10 20)');
  });
});
