import { Bar, BarChart, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ACCENT } from '@/components/charts/palette';
import { CJK_FONT } from '@/components/charts/rechartsParts';
import type { MonthPaid } from '@/domain/cohortSchedule';

/** The palette's accent, darker: the recorded column must stand apart from the plan's outline. */
const RECORDED = '#005a8c';
const INK = '#1b1f24';
const SOFT = '#4a5260';
const FONT = { fontSize: 11, fontVariantNumeric: 'tabular-nums' } as const;

export interface CumulativeColumnsProps {
  /** Names the chart for exports and tests (data-chart-id). */
  id: string;
  monthly: readonly MonthPaid[];
  /** Paid so far as the recorded statuses say; drawn beside the plan when there is any. */
  recorded?: readonly MonthPaid[] | undefined;
  /** The whole the columns grow towards (the stated total, else the groups' sum). */
  reference: number;
  referenceLabel: string;
  /** Names of the two series, for the legend: the plan, and what was recorded. */
  seriesLabels: { plan: string; recorded: string };
  months: readonly string[];
  /** Formats a count for the label over a column. */
  valueFormatter: (value: number) => string;
  height?: number;
}

/**
 * People paid by each month's end as Recharts columns: the plan outlined, what was
 * recorded solid beside it, the whole as a dashed reference line. The wrapper says
 * every figure to screen readers, so the drawing itself is hidden from them. A month
 * with none paid keeps a hairline column, so its "0" is written like any other figure.
 */
export default function CumulativeColumnsView({ id, monthly, recorded, reference, referenceLabel, months, valueFormatter, height = 200 }: CumulativeColumnsProps) {
  const rows = monthly.map((m, i) => ({ key: String(m.month), name: months[m.month - 1] ?? String(m.month), plan: m.cumulative, recorded: recorded?.[i]?.cumulative }));
  const top = Math.max(reference, ...rows.map((r) => Math.max(r.plan, r.recorded ?? 0)), 1);
  const label = (value: unknown) => (typeof value === 'number' ? valueFormatter(value) : '');
  return (
    <div data-chart-id={id} aria-hidden="true" style={{ height, fontFamily: CJK_FONT }}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 560, height }}>
        <BarChart data={rows} margin={{ top: 28, right: 4, bottom: 0, left: 4 }} barGap={1} barCategoryGap="14%" accessibilityLayer={false}>
          <XAxis dataKey="name" interval={0} tickLine={false} tick={{ ...FONT, fill: SOFT }} stroke={SOFT} />
          <YAxis type="number" hide domain={[0, top]} />
          <ReferenceLine
            y={reference}
            stroke={SOFT}
            strokeDasharray="4 3"
            label={{ value: referenceLabel, position: 'insideTopLeft', dy: -16, fill: SOFT, fontSize: 12 }}
          />
          <Bar dataKey="plan" minPointSize={1} fill={ACCENT} fillOpacity={0.2} stroke={ACCENT} strokeWidth={2} radius={[2, 2, 0, 0]} isAnimationActive={false}>
            <LabelList dataKey="plan" position="top" formatter={label} style={{ ...FONT, fill: INK }} />
          </Bar>
          {recorded ? (
            <Bar dataKey="recorded" minPointSize={1} fill={RECORDED} radius={[2, 2, 0, 0]} isAnimationActive={false}>
              <LabelList dataKey="recorded" position="top" formatter={label} style={{ ...FONT, fill: RECORDED, fontWeight: 600 }} />
            </Bar>
          ) : null}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
