import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ACCENT, STRONG } from './palette';
import { labelRoom, nameTick, valueLabel } from './axisParts';
import { ChartRoot, LABEL_FONT, markColor, markStroke, NO_KEYBOARD_LAYER, plotted, Sized, TICK_FONT, tooltipContent } from './rechartsParts';
import { textWidth } from './textWidth';
import type { ChartDatum, ChartProps } from './types';

/** Room between a name and its bar: Recharts' tick line and margin, and some air. */
const AXIS_PAD = 16;
/** Names wider than this wrap onto more lines: about twelve Chinese characters. */
const MAX_AXIS = 12 * TICK_FONT + AXIS_PAD;
/** Room under columns for names of up to two lines. */
const COLUMN_AXIS = 2 * (TICK_FONT + 3) + 8;

/**
 * Bars (names on the y axis, Recharts layout="vertical") or columns (names under them), each
 * labelled with its value. A 0 is a hairline; a figure not stated has an invisible one, so
 * both keep their label (0, 未说明) where the bar would end.
 */
export function BarsView<D extends ChartDatum>({ id, data, valueFormatter, ariaLabel, height, width, onSelect, columns }: ChartProps<D> & { columns: boolean }) {
  const axisWidth = Math.min(MAX_AXIS, AXIS_PAD + Math.max(2 * TICK_FONT, ...data.map((d) => textWidth(d.label, TICK_FONT))));
  const slot = width ? (width - 16) / Math.max(1, data.length) : 120;
  const category = columns ? (
    <XAxis type="category" dataKey="key" height={COLUMN_AXIS} tick={nameTick(data, slot - 8, 'middle')} tickLine={false} interval={0} />
  ) : (
    <YAxis type="category" dataKey="key" width={axisWidth} tick={nameTick(data, axisWidth - AXIS_PAD, 'end')} tickLine={false} axisLine={false} interval={0} />
  );
  const amount = columns ? <YAxis type="number" hide domain={[0, 'dataMax']} /> : <XAxis type="number" hide domain={[0, 'dataMax']} />;
  const margin = columns ? { top: LABEL_FONT + 12, right: 8, bottom: 4, left: 8 } : { top: 4, right: labelRoom(data, valueFormatter), bottom: 4, left: 4 };
  return (
    <ChartRoot id={id} ariaLabel={ariaLabel} height={height} clickable={onSelect !== undefined}>
      <Sized width={width} height={height}>
        <BarChart data={data as D[]} layout={columns ? 'horizontal' : 'vertical'} width={width} height={height} margin={margin} barCategoryGap={columns ? '30%' : '24%'} {...NO_KEYBOARD_LAYER}>
          {category}
          {amount}
          <Tooltip content={tooltipContent(valueFormatter)} isAnimationActive={false} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
          <Bar
            dataKey={plotted}
            isAnimationActive={false}
            minPointSize={1}
            radius={columns ? [3, 3, 0, 0] : [0, 3, 3, 0]}
            maxBarSize={columns ? 72 : 22}
            {...(onSelect ? { onClick: (_: unknown, index: number) => data[index] && onSelect(data[index].key) } : {})}
          >
            {data.map((d) => (
              <Cell key={d.key} name={d.label} fill={d.value === undefined ? 'transparent' : markColor(d, d.strong ? STRONG : ACCENT)} {...markStroke(d)} />
            ))}
            <LabelList dataKey={plotted} content={valueLabel(data, valueFormatter, columns ? 'top' : 'right')} />
          </Bar>
        </BarChart>
      </Sized>
    </ChartRoot>
  );
}
