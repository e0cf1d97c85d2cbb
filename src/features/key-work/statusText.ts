/** Words for milestone progress: a status, a day, an import problem. */
import type { TFunction } from '@/i18n/translator';
import type { ExchangeIssue } from '@/data/milestoneExchange';
import type { FieldNotice } from '@/data/milestoneStore';
import { STATUS_KINDS, type MilestoneStatus, type StatusKind } from '@/domain/milestoneStatus';
import { parsePeriod } from '@/domain/period';
import type { Language } from '@/i18n/resources';
import { periodText } from './periodText';

export const statusName = (kind: StatusKind, t: TFunction<'keyWork'>) => t(`progress.kinds.${kind}`);

/** "2021 年 5 月 10 日" / "May 10, 2021"; the text itself if it is not a day. */
export function dayText(day: string, language: Language, t: TFunction<'keyWork'>): string {
  const period = parsePeriod(day, Number(day.slice(0, 4)));
  return period?.granularity === 'day' ? periodText(period, language, t) : day;
}

/** "已完成 · 2021 年 4 月 28 日 · 逾期": the status, its date and whether it is overdue; "未填报" when nothing is recorded. */
export function progressText(status: MilestoneStatus | undefined, overdue: boolean, language: Language, t: TFunction<'keyWork'>): string {
  if (status === undefined) return t('progress.unreported');
  const parts = [statusName(status.status, t)];
  if (status.date) parts.push(dayText(status.date, language, t));
  if (overdue) parts.push(t('progress.overdue'));
  return parts.join(' · ');
}

export function issueText(issue: ExchangeIssue, t: TFunction<'keyWork'>): string {
  return t(`progress.issue.${issue.code}`, { expected: issue.expected ?? '', received: issue.received ?? '' });
}

/** A field's value as shown: a status by its name, an empty date or note as "empty". */
function shownValue(notice: FieldNotice, t: TFunction<'keyWork'>): string {
  const kind = STATUS_KINDS.find((k) => k === notice.theirs);
  if (notice.field === 'status' && kind) return statusName(kind, t);
  return notice.theirs === '' ? t('progress.sync.empty') : notice.theirs;
}

/** "另一个标签页刚把状态改为“已完成”，已被这里的更改替换" / "状态已在另一个标签页中改为“已完成”". */
export function noticeText(notices: readonly FieldNotice[], t: TFunction<'keyWork'>): string {
  return notices
    .map((notice) => t(`progress.sync.${notice.kind}`, { field: t(`progress.sync.fields.${notice.field}`), value: shownValue(notice, t) }))
    .join(t('progress.separator'));
}
