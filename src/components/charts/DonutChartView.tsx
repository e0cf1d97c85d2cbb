import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { REST, seriesColor } from './palette';
import type { ChartProps } from './types';

/** A donut, only for 2–4 parts; the legend beside it carries names and values. */
export default function DonutChartView({ data, ariaLabel, height, onSelect }: ChartProps) {
  const drawn = data.filter((d) => d.value !== undefined && d.value > 0);
  return (
    <div role="img" aria-label={ariaLabel} style={{ height }}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 320, height }}>
        <PieChart accessibilityLayer={false}>
          <Pie data={drawn} dataKey="value" nameKey="label" innerRadius="55%" outerRadius="90%" isAnimationActive={false} stroke="#fff" strokeWidth={2} onClick={(entry) => onSelect?.(String((entry as unknown as { key: string }).key))} cursor={onSelect ? 'pointer' : undefined}>
            {drawn.map((d) => (
              <Cell key={d.key} fill={d.dimmed ? REST : (d.color ?? seriesColor(data.indexOf(d)))} />
            ))}
          </Pie>
          <Tooltip formatter={(_value, name, item) => [String((item.payload as { valueLabel: string }).valueLabel), String(name)]} />
        </PieChart>
      </ResponsiveContainer>
    </div>
  );
}
