/** A task's steps as the timeline's lanes: one step per lane, with its label and what was recorded about it. */
import type { TFunction } from '@/i18n/translator';
import type { GanttLane, GanttMark } from '@/components/charts/gantt/types';
import { labelAnchor } from '@/domain/charts/keyWorkSpecs';
import type { TimelineMark } from '@/domain/timeline';

/** Lanes drawn per task; a task with more steps lists the rest in its details and the table. */
export const MAX_LANES = 6;

/** What the user recorded about a step, as the lane shows it. */
export interface LaneStatus {
  /** "⚠ 逾期，已延期", "✓ 已完成"; empty when nothing is recorded and nothing is overdue. */
  text: string;
  overdue: boolean;
}

export interface LaneStep {
  mark: TimelineMark;
  label: string;
  /** Why the step is not drawn ("无法识别日期"); empty when it is. */
  problem: string;
  status: LaneStatus;
  /** The whole sentence for the tooltip: label, when, progress. */
  tooltip: string;
}

export function ganttMark(mark: TimelineMark, key: string, overdue: boolean): GanttMark {
  return {
    key,
    kind: mark.kind,
    from: mark.from,
    to: mark.to,
    ticks: mark.ticks,
    ...(mark.clippedStart ? { openStart: true } : {}),
    ...(mark.clippedEnd ? { openEnd: true } : {}),
    ...(overdue ? { overdue: true } : {}),
  };
}

export function taskLanes(steps: readonly LaneStep[], t: TFunction<'keyWork'>): GanttLane[] {
  const lanes = steps.slice(0, MAX_LANES).map(({ mark, label, problem, status, tooltip }, i): GanttLane => {
    const key = `${mark.milestone.id}-${i}`;
    if (mark.problem) return { key, marks: [], text: `⚠ ${label} — ${problem}`, alert: true, tooltip };
    return {
      key,
      marks: [ganttMark(mark, key, status.overdue)],
      label: status.text ? `${status.text} · ${label}` : label,
      labelAnchor: labelAnchor(mark),
      alert: status.overdue,
      tooltip,
    };
  });
  const hidden = steps.length - MAX_LANES;
  return hidden > 0 ? [...lanes, { key: 'more', marks: [], text: t('timeline.moreSteps', { count: hidden }) }] : lanes;
}
