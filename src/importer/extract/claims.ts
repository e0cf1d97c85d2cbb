/**
 * Where each figure's claims go: a subject's amount, last year's value, the change
 * and growth the document claims for it, its share; and the subjects a change
 * may name on its own ("主要是基本支出增加 49.13 万元", "收入较去年增加…").
 */
import { cleanLabel, leadTail, matchLabel, type LabelContext } from '../labels';

/** Where each part of a subject goes in the budget. */
export function pathsOf(key: string): { amount: string; previous?: string; change?: string; pct?: string; share?: string; reason?: string } {
  if (key === 'total')
    return { amount: 'total', previous: 'previousYear.total', change: 'stated.totalChange', pct: 'stated.totalGrowthPct', reason: 'stated.totalChangeReason' };
  if (key === 'operatingExpenses')
    return {
      amount: 'operatingExpenses',
      previous: 'previousYear.operatingExpenses',
      change: 'stated.operatingExpensesChange',
      pct: 'stated.operatingExpensesGrowthPct',
      reason: 'stated.operatingExpensesChangeReason',
    };
  if (key === 'fiscalAppropriation') return { amount: 'fiscalAppropriation', previous: 'previousYear.fiscalAppropriation' };
  if (key === 'basic' || key === 'project')
    return { amount: `spending.${key}`, share: `stated.spendingSharesPct.${key}`, change: `stated.${key}Change`, pct: `stated.${key}ChangePct` };
  if (key === 'personnel' || key === 'publicOperating') return { amount: `spending.${key}` };
  if (key.startsWith('threePublic.')) {
    const part = key.slice(12);
    const claim = part === 'total' ? 'threePublic' : part;
    return { amount: key, previous: `previousYear.${key}`, change: `stated.${claim}Change`, pct: `stated.${claim}ChangePct` };
  }
  if (key.startsWith('change.')) return { amount: key, change: `stated.${key.slice(7)}Change`, pct: `stated.${key.slice(7)}ChangePct` };
  if (key.startsWith('revenue.')) return { amount: key, share: `stated.revenueSharesPct.${key.slice(8)}`, ...fundChange(key.slice(8)) };
  if (key.startsWith('functional.')) return { amount: key, share: `stated.functionalSharesPct.${key.slice(11)}` };
  return { amount: key };
}

/** "一般公共预算拨款收入 878.96 万元，比 2018 年预算数减少 22.28 万元": a source that is a whole fund has that fund's change. */
function fundChange(source: string): { change?: string } {
  const named = CHANGE_SUBJECTS.find(([re, key]) => key.startsWith('change.') && re.test(source));
  return named ? { change: `stated.${named[1].slice(7)}Change` } : {};
}

/** Subjects named right before a change ("主要是基本支出增加 49.13 万元", "收入较去年增加…"): one line per phrasing. */
const CHANGE_SUBJECTS: [RegExp, string][] = [
  [/^(?:部门)?(?:预算)?(?:收入|支出|收支)(?:预算|总预算)?$/, 'total'],
  [/^(?:部门)?(?:预算)?(?:总收入|总支出)$/, 'total'],
  [/^基本支出(?:预算)?$/, 'basic'],
  [/^项目支出(?:预算)?$/, 'project'],
  [/^一般公共预算(?:财政)?(?:经费)?拨款(?:收入)?$/, 'change.generalBudget'],
  [/^政府性基金预算(?:财政)?拨款(?:收入)?$/, 'change.governmentFund'],
];

export function changeSubject(before: string, ctx: LabelContext): string | undefined {
  const words = cleanLabel(leadTail(before))
    .replace(/^(?:主要是|主要原因是|主要|其中|一是|二是|三是|一)\s*/, '')
    // "2020 年收入预算比 2019 年预算收入", "2018 年较 2017 年部门预算总收入": the year and the comparison go, the subject stays.
    .replace(/(?:较|比|与)\s*(?:上年|去年|上一年度?|\d{4}\s*年度?)(?:同期)?(?:预算)?数?(?:相比)?\s*(?:或)?\s*$/, '')
    .replace(/(?:较|比|与)\s*(?:上年|去年|上一年度?|\d{4}\s*年度?)(?=(?:部门)?(?:预算)?(?:总)?(?:收入|支出))/, '')
    .replace(/(?:较|比|与)\s*(?:上年|去年|上一年度?|\d{4}\s*年度?)(?:预算)?(?:收入|支出)?$/, '')
    .replace(/^\d{4}\s*年度?/, '')
    .trim();
  if (!words) return undefined;
  const named = CHANGE_SUBJECTS.find(([re]) => re.test(words));
  if (named) return named[1];
  const label = matchLabel(words, ctx);
  return label && pathsOf(label.key).change ? label.key : undefined;
}
