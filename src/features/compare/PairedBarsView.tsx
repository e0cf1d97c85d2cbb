import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis, type LabelProps, type TooltipContentProps } from 'recharts';
import { nameTick } from '@/components/charts/axisParts';
import { INK } from '@/components/charts/palette';
import { ChartRoot, LABEL_FONT, NO_KEYBOARD_LAYER, Sized, TICK_FONT } from '@/components/charts/rechartsParts';
import { textWidth } from '@/components/charts/textWidth';
import { LEFT_COLOR, RIGHT_COLOR, plottedSide, type PairedBarsProps, type PairedDatum, type PairedFormatter, type Side } from './pairedBars';

const SIDES: { side: Side; color: string }[] = [
  { side: 'left', color: LEFT_COLOR },
  { side: 'right', color: RIGHT_COLOR },
];
const MAX_AXIS = 12 * TICK_FONT + 8;

/** The formatted figure at the end of a side's bar (0, 未说明 and 无此类别 included). */
function sideLabel(data: readonly PairedDatum[], side: Side, format: PairedFormatter) {
  return function SideLabel({ x, y, width, height, index }: LabelProps) {
    const datum = index === undefined ? undefined : data[index];
    if (!datum) return null;
    const missing = datum[side] === undefined;
    return (
      <text
        x={Number(x) + Number(width ?? 0) + 6}
        y={Number(y) + Number(height ?? 0) / 2}
        dominantBaseline="central"
        fontSize={LABEL_FONT}
        fill={INK}
        fontStyle={missing ? 'italic' : 'normal'}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {format(datum, side)}
      </text>
    );
  };
}

function pairTooltip(format: PairedFormatter, names: Record<Side, string>) {
  return function PairTooltip({ active, payload }: TooltipContentProps) {
    const datum = active ? (payload?.[0]?.payload as PairedDatum | undefined) : undefined;
    if (!datum) return null;
    return (
      <div className="rounded border border-line bg-paper px-2 py-1 text-sm shadow">
        <p className="font-semibold">{datum.label}</p>
        {SIDES.map(({ side }) => (
          <p key={side} className="tabular-nums">
            {names[side]}：{format(datum, side)}
          </p>
        ))}
      </div>
    );
  };
}

/** Two horizontal bars per category (left side above right), each labelled through the value formatter. */
export default function PairedBarsView({ id, data, valueFormatter, leftName, rightName, ariaLabel, height }: PairedBarsProps) {
  const axisWidth = Math.min(MAX_AXIS, 8 + Math.max(2 * TICK_FONT, ...data.map((d) => textWidth(d.label, TICK_FONT))));
  const labelRoom = 12 + Math.max(0, ...data.flatMap((d) => SIDES.map(({ side }) => textWidth(valueFormatter(d, side), LABEL_FONT))));
  return (
    <ChartRoot id={id} ariaLabel={ariaLabel} height={height} clickable={false}>
      <Sized width={undefined} height={height}>
        <BarChart data={[...data]} layout="vertical" margin={{ top: 4, right: labelRoom, bottom: 4, left: 4 }} barGap={2} barCategoryGap="22%" {...NO_KEYBOARD_LAYER}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="key" width={axisWidth} tick={nameTick(data, axisWidth - 8, 'end')} tickLine={false} axisLine={false} interval={0} />
          <Tooltip content={pairTooltip(valueFormatter, { left: leftName, right: rightName })} isAnimationActive={false} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
          {SIDES.map(({ side, color }) => (
            <Bar key={side} dataKey={plottedSide(side)} name={side === 'left' ? leftName : rightName} fill={color} isAnimationActive={false} radius={[0, 3, 3, 0]} maxBarSize={18} minPointSize={1}>
              {data.map((d) => (
                <Cell key={d.key} fill={d[side] === undefined ? 'transparent' : color} />
              ))}
              <LabelList content={sideLabel(data, side, valueFormatter)} />
            </Bar>
          ))}
        </BarChart>
      </Sized>
    </ChartRoot>
  );
}
