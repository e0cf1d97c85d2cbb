/** Where things sit on a 16:9 PowerPoint slide (inches), the fonts and the colours. */
export const FONT = 'Microsoft YaHei';
export const INK = '1B1F24';
export const INK_SOFT = '4A5260';
export const ACCENT_STRONG = '005A8C';
export const LINE = 'D5D9DF';
export const CANVAS = 'F4F5F7';
export const BAD = 'B84700';
export const WARN = '8A5A00';

export const BOX = {
  title: { x: 0.6, y: 0.35, w: 12.1, h: 0.75 },
  takeaway: { x: 0.6, y: 1.1, w: 12.1, h: 0.8 },
  headlineLabel: { x: 0.6, y: 2.15, w: 3.7, h: 0.45 },
  headlineValue: { x: 0.6, y: 2.6, w: 3.7, h: 1.1 },
  figureTitle: { x: 4.6, y: 2.05, w: 8.1, h: 0.4 },
  figureSubtitle: { x: 4.6, y: 2.42, w: 8.1, h: 0.35 },
  visual: { x: 4.6, y: 2.85, w: 8.1, h: 3.85 },
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
