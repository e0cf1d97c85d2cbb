/** What a timeline row needs to show progress: the statuses, what is overdue, and where "as of" falls. */
import type { TFunction } from '@/i18n/translator';
import { recordedStatus } from '@/domain/milestoneStatus';
import type { MilestoneStatuses } from '@/state/milestoneState';
import type { LaneStatus } from './taskLanes';
import { statusName } from './statusText';

export interface RowProgress {
  statuses: MilestoneStatuses;
  overdue: ReadonlySet<string>;
  /** The as-of day on the axis, in months from 1 January (0–12). */
  asOfAt: number;
}

/**
 * "⚠ 逾期，已延期" or "✓ 已完成" for the lane; nothing for a step not started and
 * not overdue, nor for one not reported (the lane then shows the plan as it is).
 */
export function laneStatus(milestoneId: string, progress: RowProgress, t: TFunction<'keyWork'>): LaneStatus {
  const status = recordedStatus(progress.statuses.statuses, milestoneId)?.status;
  const overdue = progress.overdue.has(milestoneId);
  const parts: string[] = [];
  if (overdue) parts.push(`⚠ ${t('progress.overdue')}`);
  if (status === 'done') parts.push(`✓ ${statusName(status, t)}`);
  else if (status !== undefined && status !== 'not-started') parts.push(statusName(status, t));
  return { text: parts.join(t('progress.separator')), overdue };
}
