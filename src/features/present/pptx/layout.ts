/** Where things sit on a 16:9 PowerPoint slide (inches), the fonts and the colours. */
export const FONT = 'Microsoft YaHei';
export const INK = '1B1F24';
export const INK_SOFT = '4A5260';
export const ACCENT_STRONG = '005A8C';
export const LINE = 'D5D9DF';
export const CANVAS = 'F4F5F7';
export const BAD = 'B84700';
export const WARN = '8A5A00';

/** The headline figure sits beside the title, so the chart takes the slide's whole width (≥ 60 % of it with its caption). */
export const BOX = {
  title: { x: 0.6, y: 0.35, w: 8.5, h: 0.75 },
  headlineLabel: { x: 9.2, y: 0.3, w: 3.5, h: 0.35 },
  headlineValue: { x: 9.2, y: 0.62, w: 3.5, h: 0.65 },
  takeaway: { x: 0.6, y: 1.2, w: 12.1, h: 0.7 },
  figureTitle: { x: 0.6, y: 1.95, w: 12.1, h: 0.35 },
  figureSubtitle: { x: 0.6, y: 2.27, w: 12.1, h: 0.3 },
  visual: { x: 0.6, y: 2.6, w: 12.1, h: 4.25 },
  source: { x: 0.6, y: 6.95, w: 8.6, h: 0.35 },
  filter: { x: 9.2, y: 6.95, w: 2.6, h: 0.35 },
  number: { x: 11.8, y: 6.95, w: 0.9, h: 0.35 },
} as const;

/** Excel number format with `decimals` places, e.g. 2 → "#,##0.00". */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** "#0072B2" → "0072B2" (PowerPoint wants bare hex). */
export function hex(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}
