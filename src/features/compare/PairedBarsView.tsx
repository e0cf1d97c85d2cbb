import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { LEFT_COLOR, RIGHT_COLOR, type PairedBarsProps } from './pairedBars';

const LABEL_STYLE = { fill: '#1b1f24', fontSize: 12, fontVariantNumeric: 'tabular-nums' } as const;

/**
 * Two horizontal bars per category (left side above right), each labelled with its value.
 * minPointSize keeps a 0 drawn (a hairline) so its label shows; a missing figure's bar is transparent.
 */
export default function PairedBarsView({ data, leftName, rightName, ariaLabel, height }: PairedBarsProps) {
  const longest = Math.max(4, ...data.map((d) => d.label.length));
  const axisWidth = Math.min(200, 16 + longest * 13);
  return (
    <div role="img" aria-label={ariaLabel} style={{ height }}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 120, bottom: 4, left: 4 }} barGap={2} barCategoryGap="22%" accessibilityLayer={false}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="label" width={axisWidth} tickLine={false} axisLine={false} tick={{ fill: '#1b1f24', fontSize: 13 }} interval={0} />
          <Bar dataKey="left" name={leftName} fill={LEFT_COLOR} isAnimationActive={false} radius={[0, 3, 3, 0]} maxBarSize={18} minPointSize={1}>
            {data.map((d) => (
              <Cell key={d.key} fill={d.leftMissing ? 'transparent' : LEFT_COLOR} />
            ))}
            <LabelList dataKey="leftLabel" position="right" style={LABEL_STYLE} />
          </Bar>
          <Bar dataKey="right" name={rightName} fill={RIGHT_COLOR} isAnimationActive={false} radius={[0, 3, 3, 0]} maxBarSize={18} minPointSize={1}>
            {data.map((d) => (
              <Cell key={d.key} fill={d.rightMissing ? 'transparent' : RIGHT_COLOR} />
            ))}
            <LabelList dataKey="rightLabel" position="right" style={LABEL_STYLE} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
