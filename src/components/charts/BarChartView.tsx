import { BarsView } from './BarsView';
import type { ChartDatum, ChartProps } from './types';

/** Horizontal bars for named categories: long Chinese names read better on the y axis. */
export default function BarChartView<D extends ChartDatum>(props: ChartProps<D>) {
  return <BarsView {...props} columns={false} />;
}
