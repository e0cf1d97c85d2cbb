import { REST, seriesColor } from './palette';
import type { ChartDatum, ValueFormatter } from './types';

interface ChartLegendProps<D extends ChartDatum> {
  data: readonly D[];
  valueFormatter: ValueFormatter<D>;
  onSelect?: (key: string) => void;
  /** Screen-reader hint on clickable entries, e.g. "按此类别筛选". */
  selectHint?: string;
}

/**
 * Legend entries with swatch, name and value, including the parts the donut cannot draw
 * (0, 未说明). Clickable entries are buttons: the keyboard path to the chart's filter.
 */
export function ChartLegend<D extends ChartDatum>({ data, valueFormatter, onSelect, selectHint }: ChartLegendProps<D>) {
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {data.map((d, index) => {
        const swatch = <span aria-hidden="true" className="inline-block h-3 w-3 shrink-0 rounded-sm" style={{ background: d.dimmed ? REST : (d.color ?? seriesColor(index)) }} />;
        const body = (
          <>
            {swatch}
            <span className="flex-1">{d.label}</span>
            <span className={`tabular-nums ${d.value === undefined ? 'italic text-ink-soft' : 'text-ink-soft'}`}>{valueFormatter(d)}</span>
          </>
        );
        return (
          <li key={d.key}>
            {onSelect ? (
              <button type="button" onClick={() => onSelect(d.key)} aria-pressed={d.selected ?? false} title={selectHint} className={`flex w-full items-center gap-2 rounded px-1 py-0.5 text-left hover:bg-canvas ${d.selected ? 'font-semibold' : ''}`}>
                {body}
              </button>
            ) : (
              <span className="flex items-center gap-2 px-1 py-0.5">{body}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
