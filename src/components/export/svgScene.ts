/**
 * A figure as plain SVG 1.1: boxes as <rect>/<line>, every word as <text> with
 * its font named, and charts already drawn as SVG embedded as groups. No
 * foreignObject, no CSS, no external reference: PowerPoint, Word and Inkscape
 * draw only this subset reliably. Pure: the scene is read from the page
 * elsewhere (./readFigure), so this writer is tested without a browser.
 */
import { xmlText } from '@/domain/text';

/** A colour as SVG 1.1 writes it: #rrggbb plus a separate opacity (rgba() is CSS 3). */
export interface Paint {
  color: string;
  opacity: number;
}

/** A stroke: its paint, width and, for dashed and dotted borders, its dash pattern. */
export interface SceneStroke extends Paint {
  width: number;
  dash?: string;
}

export interface SceneFont {
  family: string;
  size: number;
  weight: string;
  style: string;
}

export type SceneItem =
  /** transform: a CSS rotation or skew (a milestone's diamond), about the box's centre. */
  | { kind: 'rect'; x: number; y: number; width: number; height: number; radius: number; fill?: Paint; stroke?: SceneStroke; transform?: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: SceneStroke }
  /** y is the baseline. */
  | { kind: 'text'; x: number; y: number; text: string; font: SceneFont; fill: Paint }
  /** An SVG drawn by the page (a Recharts surface, the donut), its children already serialised. */
  | { kind: 'svg'; x: number; y: number; width: number; height: number; viewBox?: { x: number; y: number; width: number; height: number }; aspect: string; markup: string };

export interface Scene {
  width: number;
  height: number;
  /** Names the file in SVG editors and screen readers. */
  title: string;
  /** The page's font stack, written once on the root; items repeat it only where theirs differs. */
  fontFamily: string;
  items: SceneItem[];
}

const num = (value: number) => String(Math.round(value * 100) / 100);

/** Text and attribute values escaped, and characters XML cannot hold at all dropped. */
export function escapeXml(text: string): string {
  return xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A CSS font-family list with single quotes, so it sits in a double-quoted attribute unescaped. */
export function fontList(family: string): string {
  return family.replace(/"/g, "'");
}

function paintAttrs(name: 'fill' | 'stroke', paint: Paint | undefined): string {
  if (!paint) return ` ${name}="none"`;
  return ` ${name}="${paint.color}"${paint.opacity < 1 ? ` ${name}-opacity="${num(paint.opacity)}"` : ''}`;
}

/** The transform that maps a viewBox into its box, as preserveAspectRatio says (SVG 1.1 §7.8). */
export function viewBoxTransform(item: Extract<SceneItem, { kind: 'svg' }>): string {
  const box = item.viewBox;
  if (!box || box.width <= 0 || box.height <= 0) return `translate(${num(item.x)} ${num(item.y)})`;
  let sx = item.width / box.width;
  let sy = item.height / box.height;
  const [align = 'xMidYMid', mode = 'meet'] = item.aspect.trim().split(/\s+/);
  let tx = 0;
  let ty = 0;
  if (align !== 'none') {
    sx = sy = mode === 'slice' ? Math.max(sx, sy) : Math.min(sx, sy);
    const spareX = item.width - box.width * sx;
    const spareY = item.height - box.height * sy;
    tx = align.includes('xMid') ? spareX / 2 : align.includes('xMax') ? spareX : 0;
    ty = align.includes('YMid') ? spareY / 2 : align.includes('YMax') ? spareY : 0;
  }
  return `translate(${num(item.x + tx - box.x * sx)} ${num(item.y + ty - box.y * sy)}) scale(${num(sx)} ${num(sy)})`;
}

function strokeAttrs(stroke: SceneStroke): string {
  return `${paintAttrs('stroke', stroke)} stroke-width="${num(stroke.width)}"${stroke.dash ? ` stroke-dasharray="${escapeXml(stroke.dash)}"` : ''}`;
}

function fontAttrs(font: SceneFont, rootFamily: string): string {
  const family = fontList(font.family) === fontList(rootFamily) ? '' : ` font-family="${escapeXml(fontList(font.family))}"`;
  const weight = font.weight === '400' || font.weight === 'normal' ? '' : ` font-weight="${escapeXml(font.weight)}"`;
  const style = font.style === 'normal' ? '' : ` font-style="${escapeXml(font.style)}"`;
  return `${family} font-size="${num(font.size)}"${weight}${style}`;
}

function itemSvg(item: SceneItem, rootFamily: string): string {
  switch (item.kind) {
    case 'rect': {
      const radius = item.radius > 0 ? ` rx="${num(item.radius)}"` : '';
      const stroke = item.stroke ? strokeAttrs(item.stroke) : '';
      const transform = item.transform ? ` transform="${escapeXml(item.transform)}"` : '';
      return `<rect x="${num(item.x)}" y="${num(item.y)}" width="${num(item.width)}" height="${num(item.height)}"${radius}${paintAttrs('fill', item.fill)}${stroke}${transform}/>`;
    }
    case 'line':
      return `<line x1="${num(item.x1)}" y1="${num(item.y1)}" x2="${num(item.x2)}" y2="${num(item.y2)}"${strokeAttrs(item.stroke)}/>`;
    case 'text':
      return `<text x="${num(item.x)}" y="${num(item.y)}"${fontAttrs(item.font, rootFamily)}${paintAttrs('fill', item.fill)}>${escapeXml(item.text)}</text>`;
    case 'svg':
      return `<g transform="${viewBoxTransform(item)}">${item.markup}</g>`;
  }
}

/** The whole figure as one standalone SVG document. */
export function sceneToSvg(scene: Scene): string {
  const { width, height } = scene;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="${escapeXml(fontList(scene.fontFamily))}">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<rect x="0" y="0" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    ...scene.items.map((item) => itemSvg(item, scene.fontFamily)),
    '</svg>',
    '',
  ].join('\n');
}
