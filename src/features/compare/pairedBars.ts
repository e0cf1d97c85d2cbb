/** What the paired bars draw: per category, a value and its label for each side. */
export interface PairedDatum {
  key: string;
  label: string;
  left: number;
  right: number;
  leftLabel: string;
  rightLabel: string;
  /** No figure on that side (absent or not stated): no bar, only its label. */
  leftMissing: boolean;
  rightMissing: boolean;
}

export interface PairedBarsProps {
  data: PairedDatum[];
  leftName: string;
  rightName: string;
  ariaLabel: string;
  height: number;
}

/** Okabe–Ito blue and bluish green: both ≥ 3:1 on white and apart for colour-blind readers. */
export const LEFT_COLOR = '#0072B2';
export const RIGHT_COLOR = '#009E73';
