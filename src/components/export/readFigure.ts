/**
 * Reads a chart frame as the reader sees it into a vector scene: every line of
 * text where the page laid it out (title, subtitle, legend, bar labels, source),
 * every coloured box (bars of the HTML bar list, legend swatches, the frame) and
 * every SVG chart inlined. Controls marked data-chrome (tabs, download buttons),
 * form fields and text only screen readers get are left out.
 */
import { ascentShare, cssFont, cssPaint } from './cssPaint';
import { inlineSvg } from './inlineSvg';
import { boxItems } from './readBox';
import type { Scene, SceneFont, SceneItem } from './svgScene';

type TextItem = Extract<SceneItem, { kind: 'text' }> & { right: number };

/** Form fields are controls, not content: an empty date box says nothing in a picture. */
const FIELDS = new Set(['input', 'select', 'textarea']);

function hidden(element: Element, style: CSSStyleDeclaration): boolean {
  if (FIELDS.has(element.localName)) return true;
  if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
  if (element instanceof HTMLElement && element.dataset.chrome !== undefined) return true;
  // Tailwind's sr-only: a 1px clipped box.
  const box = element.getBoundingClientRect();
  return style.overflow === 'hidden' && box.width <= 1 && box.height <= 1;
}

/** One text item per laid-out line of the node: a Chinese name that wraps in the legend stays on two lines. */
function textItems(node: Text, font: SceneFont, style: CSSStyleDeclaration, origin: DOMRect, clip: Clip): TextItem[] {
  const fill = cssPaint(style.color);
  const text = node.data;
  if (!fill || text.trim() === '') return [];
  const range = document.createRange();
  const lines: { top: number; height: number; left: number; right: number; text: string }[] = [];
  for (let i = 0; i < text.length; ) {
    const size = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + size);
    range.setStart(node, i);
    range.setEnd(node, i + size);
    i += size;
    const rect = range.getClientRects()[0];
    // Collapsed white space has no box; a character outside its clipping box (an ellipsis, a scrolled table) is not seen.
    // Judged by its centre: a line box may be taller than a tight box that clips it.
    if (!rect || rect.width === 0 || !inside(rect, clip)) continue;
    const line = lines[lines.length - 1];
    if (line && Math.abs(rect.top - line.top) < line.height / 2 && rect.left >= line.right - 1) {
      line.text += /\s/.test(ch) ? ' ' : ch;
      line.right = rect.right;
    } else if (!/\s/.test(ch)) {
      lines.push({ top: rect.top, height: rect.height, left: rect.left, right: rect.right, text: ch });
    }
  }
  const share = ascentShare(font);
  return lines.map((line) => ({
    kind: 'text',
    x: line.left - origin.left,
    y: line.top - origin.top + line.height * share,
    right: line.right - origin.left,
    text: line.text.trimEnd(),
    font,
    fill,
  }));
}

const sameLook = (a: TextItem, b: TextItem) =>
  a.fill.color === b.fill.color && a.fill.opacity === b.fill.opacity && JSON.stringify(a.font) === JSON.stringify(b.font);

/** Neighbouring runs of one line in one look (a name and the hint after it, text split over nodes) become one <text>. */
function joinRuns(items: SceneItem[]): SceneItem[] {
  const out: SceneItem[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (item.kind === 'text' && last?.kind === 'text') {
      const a = last as TextItem;
      const b = item as TextItem;
      if (Math.abs(a.y - b.y) < 0.5 && b.x >= a.right - 1 && b.x - a.right < 1 && sameLook(a, b)) {
        a.text += b.text;
        a.right = b.right;
        continue;
      }
    }
    out.push(item);
  }
  return out.map((item) => {
    if (item.kind !== 'text') return item;
    return { kind: 'text', x: item.x, y: item.y, text: item.text, font: item.font, fill: item.fill };
  });
}

/** The viewport box content must fall in to be seen: the figure's, narrowed by every box that clips its overflow. */
interface Clip {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function inside(rect: DOMRect, clip: Clip): boolean {
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  return x >= clip.left && x <= clip.right && y >= clip.top && y <= clip.bottom;
}

function narrowed(clip: Clip, element: Element, style: CSSStyleDeclaration): Clip {
  if (style.overflowX === 'visible' && style.overflowY === 'visible') return clip;
  const box = element.getBoundingClientRect();
  return { left: Math.max(clip.left, box.left), top: Math.max(clip.top, box.top), right: Math.min(clip.right, box.right), bottom: Math.min(clip.bottom, box.bottom) };
}

function walk(element: Element, origin: DOMRect, items: SceneItem[], outer: Clip): void {
  const style = getComputedStyle(element);
  if (hidden(element, style)) return;
  const clip = narrowed(outer, element, style);
  if (element instanceof SVGSVGElement) {
    if (element.getBoundingClientRect().width > 0) items.push(inlineSvg(element, origin));
    return;
  }
  items.push(...boxItems(element, style, origin));
  const font = cssFont(style);
  for (const child of element.childNodes) {
    if (child instanceof Text) items.push(...textItems(child, font, style, origin, clip));
    else if (child instanceof Element) walk(child, origin, items, clip);
  }
}

/** The figure as a scene the size of its box on screen. */
export function readFigure(figure: HTMLElement, title: string): Scene {
  const origin = figure.getBoundingClientRect();
  const items: SceneItem[] = [];
  walk(figure, origin, items, { left: origin.left, top: origin.top, right: origin.right, bottom: origin.bottom });
  return { width: origin.width, height: origin.height, title, fontFamily: getComputedStyle(figure).fontFamily, items: joinRuns(items) };
}
