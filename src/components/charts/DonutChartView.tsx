import { REST, seriesColor } from './palette';
import type { ChartProps } from './types';

/** Ring geometry in viewBox units: the ring is drawn as one stroked circle per part. */
const SIZE = 100;
const RADIUS = 36;
const WIDTH = 16;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;
/** White gap between neighbouring parts, in the same units. */
const GAP = 0.8;

/**
 * A donut, only for 2–4 parts; the legend beside it carries names and values.
 * Plain SVG rather than Recharts: a handful of arcs does not need a chart library,
 * and this way the donut paints with the page's first frame (no lazy chunk) and
 * re-renders on a filter click in well under a millisecond.
 */
export default function DonutChartView({ data, ariaLabel, height, onSelect }: ChartProps) {
  const drawn = data.filter((d) => d.value !== undefined && d.value > 0);
  const total = drawn.reduce((sum, d) => sum + (d.value ?? 0), 0);
  const lengths = drawn.map((d) => (total > 0 ? ((d.value ?? 0) / total) * CIRCUMFERENCE : 0));
  const arcs = drawn.map((d, i) => {
    const start = lengths.slice(0, i).reduce((sum, l) => sum + l, 0);
    const length = lengths[i] ?? 0;
    return { d, start, length: drawn.length > 1 ? Math.max(0, length - GAP) : length };
  });
  return (
    <div role="img" aria-label={ariaLabel} style={{ height }}>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width="100%" height={height} aria-hidden="true">
        <g transform={`rotate(-90 ${SIZE / 2} ${SIZE / 2})`}>
          {arcs.map(({ d, start, length }) => (
            <circle
              key={d.key}
              cx={SIZE / 2}
              cy={SIZE / 2}
              r={RADIUS}
              fill="none"
              stroke={d.dimmed ? REST : (d.color ?? seriesColor(data.indexOf(d)))}
              strokeWidth={d.selected ? WIDTH + 3 : WIDTH}
              strokeDasharray={`${length} ${CIRCUMFERENCE - length}`}
              strokeDashoffset={-start}
              onClick={onSelect ? () => onSelect(d.key) : undefined}
              cursor={onSelect ? 'pointer' : undefined}
            />
          ))}
        </g>
      </svg>
    </div>
  );
}
