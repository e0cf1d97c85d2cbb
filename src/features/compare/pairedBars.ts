/**
 * What the paired bars draw: per category, one number for each side (分 for years, a
 * share in percent for units), or none. The chart formats them with the value
 * formatter it is given, as every chart kind of the contract does.
 */
import type { ChartDatum } from '@/components/charts';

export type Side = 'left' | 'right';

export interface PairedDatum extends ChartDatum {
  /** Undefined when that side states no figure, or has no such category. */
  left: number | undefined;
  right: number | undefined;
  /** The category does not exist on that side (said as "无此类别", not "未说明"). */
  leftAbsent: boolean;
  rightAbsent: boolean;
}

/** A side's label: "23.49 万元", "21.50%", "未说明" or "无此类别". */
export type PairedFormatter = (datum: PairedDatum, side: Side) => string;

export interface PairedBarsProps {
  id: string;
  data: readonly PairedDatum[];
  valueFormatter: PairedFormatter;
  leftName: string;
  rightName: string;
  ariaLabel: string;
  height: number;
}

/** Okabe–Ito blue and bluish green: both ≥ 3:1 on white and apart for colour-blind readers. */
export const LEFT_COLOR = '#0072B2';
export const RIGHT_COLOR = '#009E73';

/** A side as Recharts plots it: a missing figure gets a transparent hairline, so its label still has a place. */
export const plottedSide = (side: Side) => (d: PairedDatum) => d[side] ?? 0;
