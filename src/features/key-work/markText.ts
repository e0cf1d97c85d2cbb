/** Words for a timeline mark: its kind, when it happens, and why it is not drawn. */
import type { TFunction } from '@/i18n/translator';
import type { MilestoneModel } from '@/domain/model';
import { classifyMilestone, type TimelineMark } from '@/domain/timeline';
import { parenthetical } from '@/i18n/format';
import type { Language } from '@/i18n/resources';
import { periodText } from './periodText';

export function kindText(mark: TimelineMark, t: TFunction<'keyWork'>): string {
  if (mark.kind !== 'recurring') return t(`kind.${mark.kind}`);
  return t(mark.milestone.recurrence === 'quarterly' ? 'kind.quarterly' : 'kind.monthly', { count: mark.occurrences });
}

/** The stated start, or the raw text when it cannot be read; undefined when none is stated. */
export function startText(mark: TimelineMark, language: Language, t: TFunction<'keyWork'>): string | undefined {
  if (mark.start) return periodText(mark.start, language, t);
  return mark.milestone.start;
}

export function endText(mark: TimelineMark, language: Language, t: TFunction<'keyWork'>): string {
  return mark.end ? periodText(mark.end, language, t) : mark.milestone.end;
}

/** "2021 年 1 月至 2021 年 3 月", "截至 2021 年 3 月", with the problem when it is not drawn. */
export function whenText(mark: TimelineMark, language: Language, t: TFunction<'keyWork'>, fiscalYear: number): string {
  const end = endText(mark, language, t);
  const start = startText(mark, language, t);
  let when: string;
  if (start === undefined) when = t(mark.kind === 'recurring' ? 'when.recurringUntil' : 'when.point', { end, kind: kindText(mark, t) });
  else when = t(`when.${mark.kind === 'recurring' ? 'recurring' : 'range'}`, { start, end, kind: kindText(mark, t) });
  if (!mark.problem) return when;
  const problem = problemText(mark, t, fiscalYear);
  return parenthetical(when, problem, language);
}

export function problemText(mark: TimelineMark, t: TFunction<'keyWork'>, fiscalYear: number): string {
  return mark.problem ? t(`problem.${mark.problem}`, { year: fiscalYear }) : '';
}

/** When a single step happens, read the same way the timeline reads it. */
export function whenOfStep(step: MilestoneModel, fiscalYear: number, language: Language, t: TFunction<'keyWork'>): string {
  return whenText(classifyMilestone(step, fiscalYear), language, t, fiscalYear);
}
