/**
 * Computed CSS values turned into what SVG 1.1 readers understand. The page's
 * colours may compute to oklch() or color-mix() (Tailwind 4), which PowerPoint
 * and older Inkscape do not read; a 1×1 canvas converts any colour the browser
 * knows into sRGB bytes.
 */
import type { Paint, SceneFont } from './svgScene';

let canvas: CanvasRenderingContext2D | null | undefined;
function context(): CanvasRenderingContext2D | null {
  if (canvas === undefined) {
    const element = document.createElement('canvas');
    element.width = element.height = 1;
    canvas = element.getContext('2d', { willReadFrequently: true });
  }
  return canvas;
}

const hex = (n: number) => Math.min(255, Math.max(0, Math.round(n))).toString(16).padStart(2, '0');
const RGB = /^rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)(?:,\s*([\d.]+))?\)$/;
const paints = new Map<string, Paint | undefined>();

function convert(css: string): Paint | undefined {
  const rgb = RGB.exec(css);
  if (rgb) {
    const opacity = rgb[4] === undefined ? 1 : Number(rgb[4]);
    return opacity > 0 ? { color: `#${hex(Number(rgb[1]))}${hex(Number(rgb[2]))}${hex(Number(rgb[3]))}`, opacity } : undefined;
  }
  const ctx = context();
  if (!ctx) return undefined;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000000';
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
  if (a === 0) return undefined;
  // getImageData gives the colour unpremultiplied, as CSS wrote it.
  return { color: `#${hex(r)}${hex(g)}${hex(b)}`, opacity: Math.round((a / 255) * 100) / 100 };
}

/** A computed colour as #rrggbb and opacity; undefined for none or fully transparent. */
export function cssPaint(css: string): Paint | undefined {
  if (css === 'none' || css === 'transparent' || css === '') return undefined;
  if (!paints.has(css)) paints.set(css, convert(css));
  return paints.get(css);
}

export function cssFont(style: CSSStyleDeclaration): SceneFont {
  return { family: style.fontFamily, size: parseFloat(style.fontSize), weight: style.fontWeight, style: style.fontStyle };
}

const ascents = new Map<string, number>();

/**
 * Where the baseline sits in a line of text, as a share of its box's height: the
 * box a Range reports spans the font's ascent and descent, and the font that
 * decides both is the first one of the stack this machine has.
 */
export function ascentShare(font: SceneFont): number {
  const key = `${font.style} ${font.weight} ${font.size}px ${font.family}`;
  const known = ascents.get(key);
  if (known !== undefined) return known;
  const ctx = context();
  let share = 0.8;
  if (ctx) {
    ctx.font = key;
    const metrics = ctx.measureText('国Hg');
    const total = metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent;
    if (total > 0) share = metrics.fontBoundingBoxAscent / total;
  }
  ascents.set(key, share);
  return share;
}
