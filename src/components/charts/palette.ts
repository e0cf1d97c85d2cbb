/** Okabe–Ito colours in an order that keeps neighbours apart; grey for "the rest". */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'] as const;
export const ACCENT = '#0072B2';
export const REST = '#B8BDC5';
export const NOT_STATED_PATTERN = '#E3E6EA';
/** Darker bars for subtotals whose parts are listed beneath them. */
export const STRONG = '#005a8c';
/** Text on the charts: the page's ink, so labels keep AA contrast. */
export const INK = '#1b1f24';

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? ACCENT;
}
