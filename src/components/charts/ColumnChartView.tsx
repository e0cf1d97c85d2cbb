import { BarsView } from './BarsView';
import type { ChartDatum, ChartProps } from './types';

/** Vertical columns for a few short categories read left to right, such as years. */
export default function ColumnChartView<D extends ChartDatum>(props: ChartProps<D>) {
  return <BarsView {...props} columns />;
}
