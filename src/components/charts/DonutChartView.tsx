import { Cell, Pie, PieChart, Tooltip, type PieLabelRenderProps } from 'recharts';
import { seriesColor, INK } from './palette';
import { ChartRoot, LABEL_FONT, markColor, markStroke, NO_KEYBOARD_LAYER, Sized, tooltipContent } from './rechartsParts';
import type { ChartDatum, ChartProps, ValueFormatter } from './types';

export interface DonutChartProps<D extends ChartDatum = ChartDatum> extends ChartProps<D> {
  /** Text beside each segment (e.g. its share); the legend beside the donut carries names and full values. Defaults to valueFormatter. */
  labelFormatter?: ValueFormatter<D>;
}

const RADIAN = Math.PI / 180;
/** Room around the ring for the segment labels. */
const LABEL_ROOM = 26;

/**
 * A donut (Recharts Pie) for 2–4 parts of a whole. A part stated as 0 or not stated has
 * no segment to label: the legend beside the donut lists it with its value.
 */
export default function DonutChartView<D extends ChartDatum>({ id, data, valueFormatter, labelFormatter = valueFormatter, ariaLabel, height, width, onSelect }: DonutChartProps<D>) {
  const drawn = data.filter((d) => d.value !== undefined && d.value > 0);
  const outer = Math.max(30, height / 2 - LABEL_ROOM);
  const label = ({ cx, cy, midAngle, index }: PieLabelRenderProps) => {
    const datum = drawn[index];
    if (!datum || midAngle === undefined) return null;
    const x = Number(cx) + (outer + 8) * Math.cos(-midAngle * RADIAN);
    const y = Number(cy) + (outer + 8) * Math.sin(-midAngle * RADIAN);
    return (
      <text x={x} y={y} fill={INK} fontSize={LABEL_FONT} textAnchor={x >= Number(cx) ? 'start' : 'end'} dominantBaseline="central" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {labelFormatter(datum)}
      </text>
    );
  };
  return (
    <ChartRoot id={id} ariaLabel={ariaLabel} height={height} clickable={onSelect !== undefined}>
      <Sized width={width} height={height}>
        <PieChart width={width} height={height} {...NO_KEYBOARD_LAYER}>
          <Pie
            data={drawn as D[]}
            dataKey="value"
            nameKey="label"
            innerRadius={outer * 0.58}
            outerRadius={outer}
            startAngle={90}
            endAngle={-270}
            paddingAngle={drawn.length > 1 ? 1 : 0}
            label={label}
            labelLine={false}
            isAnimationActive={false}
            rootTabIndex={-1}
            {...(onSelect ? { onClick: (_: unknown, index: number) => drawn[index] && onSelect(drawn[index].key) } : {})}
          >
            {drawn.map((d) => (
              <Cell key={d.key} name={d.label} fill={markColor(d, seriesColor(data.indexOf(d)))} {...markStroke(d)} />
            ))}
          </Pie>
          <Tooltip content={tooltipContent(valueFormatter)} isAnimationActive={false} />
        </PieChart>
      </Sized>
    </ChartRoot>
  );
}
