import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ACCENT, REST } from './palette';
import type { ChartProps } from './types';

/** Horizontal bars: long Chinese names read well on the y axis; values labelled directly. */
export default function BarChartView({ data, ariaLabel, height, onSelect }: ChartProps) {
  const longest = Math.max(4, ...data.map((d) => d.label.length));
  const axisWidth = Math.min(220, 16 + longest * 13);
  return (
    <div role="img" aria-label={ariaLabel} style={{ height }}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 96, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="label" width={axisWidth} tickLine={false} axisLine={false} tick={{ fill: '#1b1f24', fontSize: 13 }} interval={0} />
          <Tooltip cursor={{ fill: 'rgba(0,114,178,0.08)' }} formatter={(_value, _name, item) => [String((item.payload as { valueLabel: string }).valueLabel), '']} separator="" />
          <Bar dataKey="value" isAnimationActive={false} radius={[0, 3, 3, 0]} maxBarSize={28} onClick={(entry) => onSelect?.(String((entry as unknown as { key: string }).key))} cursor={onSelect ? 'pointer' : undefined}>
            {data.map((d) => (
              <Cell key={d.key} fill={d.dimmed ? REST : (d.color ?? ACCENT)} stroke={d.selected ? '#1b1f24' : 'none'} strokeWidth={d.selected ? 2 : 0} />
            ))}
            <LabelList dataKey="valueLabel" position="right" style={{ fill: '#1b1f24', fontSize: 13, fontVariantNumeric: 'tabular-nums' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
