/**
 * An SVG the page drew (a Recharts surface, the donut) made standalone: what the
 * page's CSS decided (fills, strokes, fonts) is written onto each element as a
 * presentation attribute, and classes, inline styles, scripts' hooks and
 * foreignObject go. Colours in the result are #rrggbb, never var() or oklch().
 */
import { xmlText } from '@/domain/text';
import { cssPaint } from './cssPaint';
import { fontList, type SceneItem } from './svgScene';

/** Presentation properties worth carrying, with the value that needs no attribute. */
const PROPERTIES: [string, string | undefined][] = [
  ['stroke-width', '1px'],
  ['stroke-dasharray', 'none'],
  ['stroke-dashoffset', '0px'],
  ['stroke-linecap', 'butt'],
  ['stroke-linejoin', 'miter'],
  ['opacity', '1'],
  ['fill-opacity', '1'],
  ['stroke-opacity', '1'],
  ['text-anchor', 'start'],
  ['dominant-baseline', 'auto'],
  ['font-weight', '400'],
  ['font-style', 'normal'],
];
const SVG_NS = 'http://www.w3.org/2000/svg';
const PAINTS = ['fill', 'stroke'] as const;
/** HTML inside SVG (most readers draw nothing) and code. */
const DROPPED_ELEMENTS = new Set(['foreignObject', 'script']);
/** Recharts writes empty ones; an editor would list them as unnamed layers. */
const EMPTY_LABELS = new Set(['title', 'desc']);
/** Attributes that mean something only in the page: styling hooks, script hooks, accessibility wiring. */
const DROPPED = /^(class|style|tabindex|role|focusable|aria-.*|data-.*|on.*)$/i;

function inlineElement(source: Element, copy: Element, parent: CSSStyleDeclaration | undefined): void {
  const style = getComputedStyle(source);
  for (const attribute of [...copy.attributes]) if (DROPPED.test(attribute.name)) copy.removeAttribute(attribute.name);
  for (const name of PAINTS) {
    const value = style.getPropertyValue(name);
    if (value.startsWith('url(')) copy.setAttribute(name, value.replace(/"/g, ''));
    else {
      const paint = cssPaint(value);
      copy.setAttribute(name, paint ? paint.color : 'none');
      if (paint && paint.opacity < 1) copy.setAttribute(`${name}-opacity`, String(paint.opacity));
    }
  }
  for (const [name, initial] of PROPERTIES) {
    const value = style.getPropertyValue(name);
    if (value && value !== initial) copy.setAttribute(name, value);
  }
  // Fonts are inherited: written where they change, so the file stays readable.
  if (!parent || parent.fontFamily !== style.fontFamily) copy.setAttribute('font-family', fontList(style.fontFamily));
  if (!parent || parent.fontSize !== style.fontSize) copy.setAttribute('font-size', String(parseFloat(style.fontSize)));
  // Offsets in em (Recharts centres labels with dy="0.355em") as user units: not every reader resolves em.
  for (const name of ['dx', 'dy']) {
    const em = /^(-?[\d.]+)em$/.exec(copy.getAttribute(name) ?? '');
    if (em) copy.setAttribute(name, String(Math.round(Number(em[1]) * parseFloat(style.fontSize) * 100) / 100));
  }
  for (const attribute of copy.attributes) if (xmlText(attribute.value) !== attribute.value) attribute.value = xmlText(attribute.value);
}

function inlineTree(source: Element, copy: Element, parent: CSSStyleDeclaration | undefined): void {
  inlineElement(source, copy, parent);
  const style = getComputedStyle(source);
  const sources = [...source.children];
  const copies = [...copy.children];
  sources.forEach((child, i) => {
    const twin = copies[i];
    if (!twin) return;
    if (DROPPED_ELEMENTS.has(child.localName) || getComputedStyle(child).display === 'none' || (EMPTY_LABELS.has(child.localName) && !child.textContent)) twin.remove();
    else inlineTree(child, twin, style);
  });
  for (const node of copy.childNodes) if (node.nodeType === Node.TEXT_NODE && node.nodeValue !== null) node.nodeValue = xmlText(node.nodeValue);
}

/** The svg as a scene item at its place in the figure (origin: the figure's top-left corner). */
export function inlineSvg(svg: SVGSVGElement, origin: DOMRect): Extract<SceneItem, { kind: 'svg' }> {
  const box = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineTree(svg, copy, undefined);
  // The root svg's children and its inherited attributes (fill, fonts) move to a group: the figure places it.
  const group = document.createElementNS(SVG_NS, 'g');
  for (const attribute of copy.attributes) if (!/^(width|height|viewBox|preserveAspectRatio|x|y|xmlns.*|version|overflow)$/.test(attribute.name)) group.setAttribute(attribute.name, attribute.value);
  group.append(...copy.childNodes);
  // The one xmlns the serializer adds to the group repeats the document's own; it keeps the group readable on its own.
  const markup = new XMLSerializer().serializeToString(group);
  const view = svg.viewBox.baseVal;
  return {
    kind: 'svg',
    x: box.left - origin.left,
    y: box.top - origin.top,
    width: box.width,
    height: box.height,
    ...(view && view.width > 0 && view.height > 0 ? { viewBox: { x: view.x, y: view.y, width: view.width, height: view.height } } : {}),
    aspect: svg.getAttribute('preserveAspectRatio') ?? 'xMidYMid meet',
    markup,
  };
}
