import { joinList } from '@/i18n/format';
import { useLanguage } from '@/state/viewState';
import type { RenderedGanttRow } from './slideModel';

interface CompactTimelineProps {
  rows: RenderedGanttRow[];
  /** Twelve month labels for the axis. */
  months: string[];
  label: string;
  /** Said for a task with no dated step. */
  undatedLabel: string;
  /** Names the dashed box around overdue steps ("逾期 3 个"); shown only when a step is overdue. */
  overdueLabel?: (count: number) => string;
}

const pct = (months: number) => `${(Math.min(12, Math.max(0, months)) / 12) * 100}%`;

/**
 * Key work on one January–December axis, small enough for a slide: a bar for a
 * period, a diamond for a deadline, ticks for recurring work. Drawn in HTML from
 * rows the domain already placed (src/domain/timeline), so it renders at once and
 * every step's wording is in the page for screen readers.
 */
export function CompactTimeline({ rows, months, label, undatedLabel, overdueLabel }: CompactTimelineProps) {
  const [language] = useLanguage();
  const overdue = rows.reduce((n, row) => n + row.marks.filter((m) => m.overdue).length, 0);
  // Names wrap rather than being cut: a truncated task name on a projector cannot be read anywhere else.
  const grid = 'grid grid-cols-[minmax(0,17rem)_minmax(0,1fr)] items-center gap-x-3';
  return (
    <div className="text-[13px]">
      <div className={grid}>
        {/* The axis row's empty corner holds the key to the dashed box, so the slide grows no taller. */}
        {overdue > 0 && overdueLabel ? (
          <span className="flex items-center gap-1.5 font-semibold text-bad">
            <span aria-hidden="true" className="inline-block h-3.5 w-5 rounded-sm border-2 border-dashed border-bad" />
            {overdueLabel(overdue)}
          </span>
        ) : (
          <span />
        )}
        <span aria-hidden="true" className="grid grid-cols-12 text-center text-ink-soft">
          {months.map((m) => (
            <span key={m}>{m}</span>
          ))}
        </span>
      </div>
      <ul aria-label={label} className="mt-0.5">
        {rows.map((row) => (
          <li key={row.key} className={`${grid} border-t border-line py-px`}>
            <span className="break-words leading-tight">{row.label}</span>
            <span
              className="relative block h-4"
              style={{
                background:
                  'repeating-linear-gradient(to right, transparent 0, transparent calc(100% / 12 - 1px), #e3e6ea calc(100% / 12 - 1px), #e3e6ea calc(100% / 12))',
              }}
            >
              {row.marks.length === 0 ? <span className="absolute inset-y-0 left-1 italic leading-4 text-ink-soft">{undatedLabel}</span> : null}
              {row.marks
                .filter((m) => m.overdue)
                .map((m) => (
                  // Overdue: a dashed box around the step, and "逾期" in its label (not colour alone).
                  <span
                    key={`${m.key}-overdue`}
                    className="absolute -inset-y-px rounded-sm border-2 border-dashed border-bad"
                    style={{ left: `calc(${pct(m.from)} - 8px)`, width: `calc(${pct(m.to)} - ${pct(m.from)} + 16px)` }}
                  />
                ))}
              {row.marks.map((m) =>
                m.kind === 'point' ? (
                  <span
                    key={m.key}
                    title={m.label}
                    className="absolute top-1/2 h-2.5 w-2.5 -translate-x-1/2 -translate-y-1/2 rotate-45 bg-vermillion"
                    style={{ left: pct(m.to) }}
                  />
                ) : m.kind === 'recurring' ? (
                  <span key={m.key} title={m.label}>
                    <span
                      className="absolute top-1/2 h-0.5 -translate-y-1/2 bg-green"
                      style={{ left: pct(m.from), width: `calc(${pct(m.to)} - ${pct(m.from)})` }}
                    />
                    {m.ticks.map((tick) => (
                      <span key={tick} className="absolute top-0.5 h-3 w-0.5 bg-green" style={{ left: pct(tick) }} />
                    ))}
                  </span>
                ) : (
                  <span
                    key={m.key}
                    title={m.label}
                    className="absolute top-1/2 h-2.5 -translate-y-1/2 rounded-sm bg-accent"
                    style={{ left: pct(m.from), width: `max(4px, calc(${pct(m.to)} - ${pct(m.from)}))` }}
                  />
                ),
              )}
              <span className="sr-only">{joinList(row.marks.map((m) => m.label), language)}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
