import { ACCENT, REST } from '@/components/charts';
import type { DrillRow } from '@/domain/charts/drillSpec';
import type { Formatter } from '@/state/useFormat';
import { valueLabel } from './labels';

interface DrillBarsProps {
  rows: DrillRow[];
  grouped: boolean;
  format: Formatter;
  label: string;
  hints: { drill: string; filter: string; selected: string };
  onChoose: (row: DrillRow) => void;
}

/** Darker bars for a 款 whose 项 are listed beneath it, so the totals read as totals. */
const GROUP_COLOR = '#005a8c';

/**
 * Horizontal bars drawn as HTML: every bar is a real button (keyboard and screen
 * readers reach it), long Chinese names wrap instead of being cut, and on a phone
 * the name sits above its bar. Values are labelled directly; the unit is in the
 * subtitle. A figure the document does not state gets no bar, only "未说明".
 */
export function DrillBars({ rows, grouped, format, label, hints, onChoose }: DrillBarsProps) {
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  return (
    <ul aria-label={label} className="flex flex-col gap-1">
      {rows.map((row) => {
        const ratio = row.value !== undefined && max > 0 ? row.value / max : 0;
        // 其他 is an aggregate of the tail, not a category: grey like the rest.
        const color = row.dimmed || row.isOther ? REST : grouped && !row.nested ? GROUP_COLOR : ACCENT;
        const body = (
          <>
            <span
              className={`break-words ${row.nested ? 'ml-2 border-l-2 border-line pl-3' : ''} ${row.selected || (grouped && !row.nested) ? 'font-semibold' : ''} ${row.dimmed ? 'text-ink-soft' : ''}`}
            >
              {format.name(row)}
              {row.selected ? <span className="sr-only">（{hints.selected}）</span> : null}
            </span>
            <span className={`flex min-h-5 items-center gap-2 ${row.nested ? 'ml-2 pl-3.5 sm:ml-0 sm:pl-0' : ''}`}>
              {ratio > 0 ? (
                <span
                  aria-hidden="true"
                  className="h-4 shrink-0 rounded-r-sm"
                  style={{ width: `max(2px, calc((100% - 9rem) * ${ratio}))`, background: color }}
                />
              ) : null}
              <span className={`whitespace-nowrap text-sm tabular-nums ${row.value === undefined ? 'italic text-ink-soft' : ''}`}>
                {valueLabel(row, format)}
              </span>
            </span>
          </>
        );
        const layout = 'grid w-full grid-cols-1 items-center gap-x-3 gap-y-0.5 rounded px-1 py-1 text-left sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)]';
        return (
          <li key={row.key}>
            {row.filterId ? (
              <button type="button" onClick={() => onChoose(row)} className={`${layout} hover:bg-canvas ${row.selected ? 'bg-sky/15' : ''}`}>
                {body}
                <span className="sr-only">（{row.drillable ? hints.drill : hints.filter}）</span>
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
