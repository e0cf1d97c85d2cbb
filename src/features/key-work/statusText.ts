/** Words for milestone progress: a status, a day, an import problem. */
import type { TFunction } from '@/i18n/translator';
import type { ExchangeIssue } from '@/data/milestoneExchange';
import type { MilestoneStatus, StatusKind } from '@/domain/milestoneStatus';
import { parsePeriod } from '@/domain/period';
import type { Language } from '@/i18n/resources';
import { periodText } from './periodText';

export const statusName = (kind: StatusKind, t: TFunction) => t(`progress.kinds.${kind}`);

/** "2021年5月10日" / "May 10, 2021"; the text itself if it is not a day. */
export function dayText(day: string, language: Language, t: TFunction): string {
  const period = parsePeriod(day, Number(day.slice(0, 4)));
  return period?.granularity === 'day' ? periodText(period, language, t) : day;
}

/** "已完成 · 2021年4月28日 · 逾期": the status, its date and whether it is overdue; "未填报" when nothing is recorded. */
export function progressText(status: MilestoneStatus | undefined, overdue: boolean, language: Language, t: TFunction): string {
  if (status === undefined) return t('progress.unreported');
  const parts = [statusName(status.status, t)];
  if (status.date) parts.push(dayText(status.date, language, t));
  if (overdue) parts.push(t('progress.overdue'));
  return parts.join(' · ');
}

export function issueText(issue: ExchangeIssue, t: TFunction): string {
  return t(`progress.issue.${issue.code}`, { expected: issue.expected ?? '', received: issue.received ?? '' });
}
