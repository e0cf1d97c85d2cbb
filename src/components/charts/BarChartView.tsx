import { ACCENT, REST } from './palette';
import type { ChartDatum, ChartProps } from './types';
import { SrHint } from '../SrHint';

/** Darker bars for subtotals whose parts are listed beneath them. */
const STRONG_COLOR = '#005a8c';

function barColor(d: ChartDatum): string {
  if (d.dimmed) return REST;
  return d.color ?? (d.strong ? STRONG_COLOR : ACCENT);
}

/**
 * Horizontal bars drawn as HTML, not SVG: every bar can be a real button (keyboard
 * and screen readers reach it), long Chinese names wrap instead of being cut, on a
 * phone the name sits above its bar, and every value is written beside its bar —
 * including 0 and "未说明", which get no bar at all. Cheap enough for hundreds of rows.
 */
/** Bar thickness on a slide: a projector needs two bars to read as bars, not as lines. */
function fillThickness(rows: number): string {
  return rows <= 4 ? 'h-10' : rows <= 8 ? 'h-6' : 'h-4';
}

export default function BarChartView({ data, ariaLabel, onSelect, selectedHint, fill = false }: ChartProps) {
  const max = Math.max(0, ...data.map((d) => d.value ?? 0));
  const thickness = fill ? fillThickness(data.length) : 'h-4';
  return (
    <ul aria-label={ariaLabel} className={`flex flex-col gap-1 ${fill ? 'h-full justify-evenly' : ''}`}>
      {data.map((d) => {
        const ratio = d.value !== undefined && max > 0 ? d.value / max : 0;
        const body = (
          <>
            <span className={`break-words ${d.nested ? 'ml-2 border-l-2 border-line pl-3' : ''} ${d.selected || d.strong ? 'font-semibold' : ''} ${d.dimmed ? 'text-ink-soft' : ''}`}>
              {d.label}
              {d.selected && selectedHint ? <SrHint text={selectedHint} /> : null}
            </span>
            <span className={`flex min-h-5 items-center gap-2 ${d.nested ? 'ml-2 pl-3.5 sm:ml-0 sm:pl-0' : ''}`}>
              {ratio > 0 ? (
                <span aria-hidden="true" className={`${thickness} shrink-0 rounded-r-sm`} style={{ width: `max(2px, calc((100% - 9rem) * ${ratio}))`, background: barColor(d) }} />
              ) : null}
              <span className={`whitespace-nowrap text-sm tabular-nums ${d.value === undefined ? 'italic text-ink-soft' : ''}`}>{d.valueLabel}</span>
            </span>
          </>
        );
        const layout = 'grid w-full grid-cols-1 items-center gap-x-3 gap-y-0.5 rounded px-1 py-1 text-left sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]';
        const selectable = onSelect !== undefined && d.selectable !== false;
        return (
          <li key={d.key}>
            {selectable ? (
              <button type="button" onClick={() => onSelect(d.key)} aria-pressed={d.selected ?? false} className={`${layout} hover:bg-canvas ${d.selected ? 'bg-sky/15' : ''}`}>
                {body}
                {d.actionHint ? <SrHint text={d.actionHint} /> : null}
              </button>
            ) : (
              <div className={layout}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
