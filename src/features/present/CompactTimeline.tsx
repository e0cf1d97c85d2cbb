import { GanttChart } from '@/components/charts/gantt/GanttChart';
import { OverdueBox, type MarkSize } from '@/components/charts/gantt/GanttMarks';
import type { GanttLane } from '@/components/charts/gantt/types';
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

/** A slide's lane is a row of small text: the marks are drawn a little smaller than the dashboard's. */
const LANE_HEIGHT = 20;
const SIZE: MarkSize = { bar: 10, diamond: 10, tick: 12 };

function lane(row: RenderedGanttRow): GanttLane {
  return { key: row.key, marks: row.marks, tooltip: row.spoken };
}

/**
 * Key work on one January–December axis, small enough for a slide: one lane per task,
 * drawn with the dashboard timeline's own Gantt marks from rows the domain already
 * placed. The names stay HTML so they wrap, and every step's words are in the page for
 * screen readers.
 */
export function CompactTimeline({ rows, months, label, undatedLabel, overdueLabel }: CompactTimelineProps) {
  const overdue = rows.reduce((n, row) => n + row.marks.filter((m) => m.overdue).length, 0);
  // Names wrap rather than being cut: a truncated task name on a projector cannot be read anywhere else.
  const grid = 'grid grid-cols-[minmax(0,17rem)_minmax(0,1fr)] items-center gap-x-3';
  return (
    <div className="text-[13px]">
      <div className={grid}>
        {/* The axis row's empty corner holds the key to the dashed box, so the slide grows no taller. */}
        {overdue > 0 && overdueLabel ? (
          <span className="flex items-center gap-1.5 font-semibold text-bad">
            <svg aria-hidden="true" width={20} height={14} className="overflow-visible">
              <OverdueBox x={10} width={0} cy={7} pad={9} height={12} />
            </svg>
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
            <span className="relative block">
              {row.marks.length === 0 ? (
                <span className="block italic leading-5 text-ink-soft">{undatedLabel}</span>
              ) : (
                <>
                  <GanttChart chartId={`deck-timeline-${row.key}`} lanes={[lane(row)]} laneHeight={LANE_HEIGHT} size={SIZE} />
                  <span className="sr-only">{row.spoken}</span>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
