/** Okabe–Ito colours in an order that keeps neighbours apart; grey for "the rest". */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'] as const;
export const ACCENT = '#0072B2';
export const REST = '#B8BDC5';
export const NOT_STATED_PATTERN = '#E3E6EA';

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? ACCENT;
}
