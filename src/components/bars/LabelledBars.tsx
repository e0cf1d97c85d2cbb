import { ACCENT, REST } from '../charts/palette';
import type { ChartDatum } from '../charts/types';

interface LabelledBarsProps {
  data: ChartDatum[];
  label: string;
  /** Class list for the text (the deck sets projector sizes). */
  textClass?: string;
  barHeight?: number;
  /** Space between rows, in px. */
  rowGap?: number;
}

/**
 * Horizontal bars drawn as HTML, for slides and exports: names never cut, every
 * value written beside its bar, and a figure the document does not state gets
 * no bar, only its "未说明" label. Renders at once (no chart library to load).
 */
export function LabelledBars({ data, label, textClass = 'text-sm', barHeight = 18, rowGap = 10 }: LabelledBarsProps) {
  const max = Math.max(0, ...data.map((d) => d.value ?? 0));
  return (
    <ul aria-label={label} className={`grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-4 ${textClass}`} style={{ rowGap }}>
      {data.map((d) => {
        const ratio = d.value !== undefined && max > 0 ? d.value / max : 0;
        return (
          <li key={d.key} className="contents">
            <span className={`text-right ${d.selected ? 'font-bold' : ''} ${d.dimmed ? 'text-ink-soft' : ''}`}>{d.label}</span>
            <span className="flex min-w-0 items-center gap-2">
              {ratio > 0 ? (
                <span
                  aria-hidden="true"
                  className="shrink-0 rounded-r-sm"
                  style={{
                    height: barHeight,
                    width: `max(3px, calc((100% - 11em) * ${ratio}))`,
                    background: d.dimmed ? REST : (d.color ?? ACCENT),
                    outline: d.selected ? '2px solid #1b1f24' : undefined,
                    outlineOffset: 1,
                  }}
                />
              ) : null}
              <span className={`figure whitespace-nowrap ${d.value === undefined ? 'italic text-ink-soft' : ''} ${d.selected ? 'font-bold' : ''}`}>
                {d.valueLabel}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
