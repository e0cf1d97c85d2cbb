/** One finding in plain words: what was checked, the stated and computed values, the difference. */
import { formatDecimal } from '@/i18n/format';
import type { Finding, FindingSubject, FindingValue } from '@/domain/findings';
import { findingDifference } from '@/domain/findings';
import { decimalsOf, subtract } from '@/domain/money';
import type { Formatter } from '@/i18n/formatter';
import type { KeyUnder } from '@/i18n/keys';
import type { TFunction } from '@/i18n/translator';

type T = TFunction<'findings'>;

/** A figure and its unit never split across lines ("58,400 元" wraps as one). */
const unbroken = (text: string) => text.replace(/ /g, '\u00a0');

/** Stated percentages keep the document's precision (9.8%); computed ones show 2 decimals (9.79%). */
function value(v: FindingValue | undefined, format: Formatter, role: 'stated' | 'computed'): string {
  if (!v) return format.amount(undefined);
  if (v.kind === 'money') return unbroken(format.amount(v.value));
  return format.percent(v.value, { decimals: role === 'stated' ? decimalsOf(v.value) : 2 });
}

function tail(f: Finding, format: Formatter, t: T): string {
  const diff = findingDifference(f);
  if (f.status === 'pass') return diff?.kind === 'percent' ? t('agreeAtPrecision') : t('agree');
  if (!diff) return '';
  if (diff.kind === 'money') return t('diffMoney', { diff: unbroken(format.amount(Math.abs(diff.value) as typeof diff.value)) });
  const points = formatDecimal(Math.abs(diff.value), 2, 2);
  return t('diffPoints', { diff: points });
}

function subjectName(subject: FindingSubject, format: Formatter, t: T): string {
  switch (subject.kind) {
    case 'category':
      return format.name(subject);
    case 'share':
      return subject.group === 'spending' ? t(`spendingShare.${subject.name}`, { defaultValue: subject.name }) : format.name(subject);
    case 'figure':
      return t(`figure.${subject.figure}`, { defaultValue: subject.figure });
    case 'leaves':
      return t('parts.leaves');
  }
}

const WHOLE: Partial<Record<string, KeyUnder<'findings', 'whole'>>> = { personnelPublic: 'basic', threePublic: 'threePublic' };

export function findingText(f: Finding, format: Formatter, t: T): string {
  const stated = value(f.stated, format, 'stated');
  const computed = value(f.computed, format, 'computed');
  const name = subjectName(f.subject, format, t);
  const unstated = f.unstatedParts ? t('unstated', { count: f.unstatedParts }) : '';
  const end = tail(f, format, t);
  switch (f.check) {
    case 'missingAmount':
      return t('missing', { name });
    case 'partsVsWhole': {
      if (f.subject.kind === 'category') return t('rollup', { name, computed, stated, unstated, tail: end });
      // A sum's subject is one of the figures domain/findings/sumChecks.ts adds up (never total or operatingExpenses, which are stated checks).
      const key = (f.subject.kind === 'figure' ? f.subject.figure : 'leaves') as KeyUnder<'findings', 'parts'>;
      return t('sum', { parts: t(`parts.${key}`), computed, unstated, whole: t(`whole.${WHOLE[key] ?? 'total'}`), stated, tail: end });
    }
    case 'statedShare':
      return t('share', { name, stated, computed, tail: end });
    case 'statedChange':
    case 'statedGrowth': {
      const from = f.base ? format.amountNumber(f.base.previous) : format.amount(undefined);
      const to = f.base ? unbroken(format.amount(f.base.current)) : format.amount(undefined);
      const key = f.check === 'statedChange' ? 'change' : 'growth';
      return t(key, { name, year: f.base?.previousYear, stated, from, to, computed, tail: end });
    }
  }
}

/**
 * The likely cause of a material error, with the arithmetic that shows it: "增长额
 * 2.51 万元除以了 2021 年的 11.06 万元（2.51 ÷ 11.06 = 22.69%）". Empty when none is known.
 */
export function causeText(f: Finding, format: Formatter, t: T, fiscalYear: number): string {
  if (f.hint !== 'dividedByCurrent' || !f.base) return '';
  const change = subtract(f.base.current, f.base.previous);
  return t('cause.dividedByCurrent', {
    stated: value(f.stated, format, 'stated'),
    computed: value(f.computed, format, 'computed'),
    change: unbroken(format.amount(change)),
    changeNumber: format.amountNumber(change),
    current: unbroken(format.amount(f.base.current)),
    currentNumber: format.amountNumber(f.base.current),
    previous: unbroken(format.amount(f.base.previous)),
    year: fiscalYear,
    previousYear: f.base.previousYear,
  });
}
