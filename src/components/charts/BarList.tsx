import { ACCENT, REST, STRONG } from './palette';
import type { ChartDatum, ValueFormatter } from './types';
import { SrHint } from '../SrHint';

export interface BarListProps<D extends ChartDatum = ChartDatum> {
  id?: string;
  data: readonly D[];
  valueFormatter: ValueFormatter<D>;
  ariaLabel: string;
  onSelect?: (key: string) => void;
  /** Screen-reader text appended to the selected row. */
  selectedHint?: string;
}

function barColor(d: ChartDatum): string {
  if (d.dimmed) return REST;
  return d.color ?? (d.strong ? STRONG : ACCENT);
}

/**
 * A ranked list of categories as HTML bars (Tremor's BarList), not Recharts: every row is
 * a real button (keyboard and screen readers reach it), long Chinese names wrap instead of
 * being cut, a nested 项 indents under its 款, on a phone the name sits above its bar, and
 * every value is written beside its bar — including 0 and 未说明, which get no bar at all.
 * Cheap enough for hundreds of rows.
 */
export function BarList<D extends ChartDatum>({ id, data, valueFormatter, ariaLabel, onSelect, selectedHint }: BarListProps<D>) {
  const max = Math.max(0, ...data.map((d) => d.value ?? 0));
  return (
    <ul aria-label={ariaLabel} data-chart-id={id} className="flex flex-col gap-1">
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
                <span aria-hidden="true" className="h-4 shrink-0 rounded-r-sm" style={{ width: `max(2px, calc((100% - 9rem) * ${ratio}))`, background: barColor(d) }} />
              ) : null}
              <span className={`whitespace-nowrap text-sm tabular-nums ${d.value === undefined ? 'italic text-ink-soft' : ''}`}>{valueFormatter(d)}</span>
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
