/** The Recharts chart kinds, gathered so that they load as one lazy chunk. */
export { default as BarChartView } from './BarChartView';
export { default as ColumnChartView } from './ColumnChartView';
export { default as DonutChartView } from './DonutChartView';
