/**
 * An element's own paint as vector shapes: its background as a <rect> with its
 * corner radius, its borders (solid, dashed or dotted) as the rect's stroke when
 * all four match, else one <line> per side; a rotation (a milestone's diamond)
 * kept as a transform. Gradients and shadows are not drawn.
 */
import { cssPaint } from './cssPaint';
import type { SceneItem, SceneStroke } from './svgScene';

/** A computed length in px; "auto" and the like count as none. */
export const px = (value: string) => {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : 0;
};

type Side = 'top' | 'right' | 'bottom' | 'left';
const SIDES: Side[] = ['top', 'right', 'bottom', 'left'];

function border(style: CSSStyleDeclaration, side: Side): SceneStroke | undefined {
  const kind = style.getPropertyValue(`border-${side}-style`);
  const width = px(style.getPropertyValue(`border-${side}-width`));
  const paint = cssPaint(style.getPropertyValue(`border-${side}-color`));
  if (kind === 'none' || kind === 'hidden' || width === 0 || !paint) return undefined;
  const dash = kind === 'dashed' ? `${3 * width} ${3 * width}` : kind === 'dotted' ? `${width} ${width}` : undefined;
  return { ...paint, width, ...(dash ? { dash } : {}) };
}

const sameStroke = (a: SceneStroke | undefined, b: SceneStroke | undefined) =>
  a !== undefined && b !== undefined && a.width === b.width && a.color === b.color && a.opacity === b.opacity && a.dash === b.dash;

/** The element's box before its transform, and the transform about its centre; undefined when it is not rotated or skewed. */
function turned(element: Element, style: CSSStyleDeclaration, box: DOMRect, origin: DOMRect) {
  if (style.transform === 'none' || !(element instanceof HTMLElement)) return undefined;
  const m = new DOMMatrix(style.transform);
  if (m.a === 1 && m.b === 0 && m.c === 0 && m.d === 1) return undefined;
  const cx = box.left + box.width / 2 - origin.left;
  const cy = box.top + box.height / 2 - origin.top;
  const [width, height] = [element.offsetWidth, element.offsetHeight];
  // p → M(p − c) + c: the page turns the box about its centre (Tailwind's default origin).
  const transform = `matrix(${[m.a, m.b, m.c, m.d, cx - (m.a * cx + m.c * cy), cy - (m.b * cx + m.d * cy)].map((n) => Math.round(n * 1000) / 1000).join(' ')})`;
  return { x: cx - width / 2, y: cy - height / 2, width, height, transform };
}

export function boxItems(element: Element, style: CSSStyleDeclaration, origin: DOMRect): SceneItem[] {
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return [];
  const shape = turned(element, style, box, origin) ?? { x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height, transform: undefined };
  const { x, y, width, height } = shape;
  // One radius for all corners: SVG 1.1's rect has no other; the largest keeps a rounded bar end round.
  const corners = [style.borderTopLeftRadius, style.borderTopRightRadius, style.borderBottomLeftRadius, style.borderBottomRightRadius];
  const radius = Math.min(Math.max(...corners.map(px)), width / 2, height / 2);
  const strokes = SIDES.map((side) => border(style, side));
  const fill = cssPaint(style.backgroundColor);
  const uniform = strokes.every((s) => sameStroke(s, strokes[0])) ? strokes[0] : undefined;
  const items: SceneItem[] = [];
  if (fill || uniform) {
    const inset = uniform ? uniform.width / 2 : 0;
    items.push({
      kind: 'rect',
      x: x + inset,
      y: y + inset,
      width: width - 2 * inset,
      height: height - 2 * inset,
      radius,
      ...(fill ? { fill } : {}),
      ...(uniform ? { stroke: uniform } : {}),
      ...(shape.transform ? { transform: shape.transform } : {}),
    });
  }
  if (uniform) return items;
  SIDES.forEach((side, i) => {
    const stroke = strokes[i];
    if (!stroke) return;
    const half = stroke.width / 2;
    const [x1, y1, x2, y2] = {
      top: [x, y + half, x + width, y + half],
      bottom: [x, y + height - half, x + width, y + height - half],
      left: [x + half, y, x + half, y + height],
      right: [x + width - half, y, x + width - half, y + height],
    }[side];
    items.push({ kind: 'line', x1: x1!, y1: y1!, x2: x2!, y2: y2!, stroke });
  });
  return items;
}
