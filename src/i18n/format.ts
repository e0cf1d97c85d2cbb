/**
 * Display formatting, the only place numbers become text. Amounts arrive as 分
 * and leave in the display unit with its precision; absent stays "not stated".
 */
import { fenToUnit, type Fen, type MoneyUnit } from '@/domain/money';
import type { Language } from './resources';

/**
 * English names the multiple in words, like "thousand yuan": the label follows a
 * number ("109.25 ten thousand yuan"), stands in "in …" and in "Amount (…)", and a
 * digit form ("109.25 10,000 yuan") or "10k" would read as a second number.
 */
const UNIT_LABEL: Record<Language, Record<MoneyUnit, string>> = {
  'zh-CN': { 元: '元', 千元: '千元', 万元: '万元', 亿元: '亿元' },
  en: { 元: 'yuan', 千元: 'thousand yuan', 万元: 'ten thousand yuan', 亿元: 'hundred million yuan' },
};

/** Decimals shown per unit: [minimum, maximum]. 万元 keeps 2 (109.25), up to 4 when a figure needs it. */
const DECIMALS: Record<MoneyUnit, [number, number]> = { 元: [0, 2], 千元: [2, 3], 万元: [2, 4], 亿元: [2, 6] };

const NOT_STATED: Record<Language, string> = { 'zh-CN': '未说明', en: 'not stated' };

export function unitLabel(unit: MoneyUnit, language: Language): string {
  return UNIT_LABEL[language][unit];
}

/** Creating an Intl.NumberFormat costs far more than using one: a large budget formats thousands of figures. */
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, min: number, max: number, signed: boolean): Intl.NumberFormat {
  const key = `${language}|${min}|${max}|${signed}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, { minimumFractionDigits: min, maximumFractionDigits: max, signDisplay: signed ? 'exceptZero' : 'auto' });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatAmountNumber(fen: Fen, unit: MoneyUnit, language: Language, signed = false): string {
  const [min, max] = DECIMALS[unit];
  return numberFormat(language, min, max, signed).format(fenToUnit(fen, unit));
}

/** "109.25 万元", "+26.17 万元" or "未说明". */
export function formatAmount(fen: Fen | undefined, unit: MoneyUnit, language: Language, opts: { signed?: boolean } = {}): string {
  if (fen === undefined) return NOT_STATED[language];
  return `${formatAmountNumber(fen, unit, language, opts.signed)} ${unitLabel(unit, language)}`;
}

/** "31.50 %" style: fixed decimals so columns line up; signed for changes. */
export function formatPercent(value: number | undefined, language: Language, opts: { signed?: boolean; decimals?: number } = {}): string {
  if (value === undefined) return NOT_STATED[language];
  const decimals = opts.decimals ?? 2;
  const text = numberFormat(language, decimals, decimals, opts.signed ?? false).format(value);
  return `${text}%`;
}

export function formatCount(value: number | undefined, language: Language): string {
  if (value === undefined) return NOT_STATED[language];
  return numberFormat(language, 0, 0, false).format(value);
}

/** A data name in the current language: the English name when there is one. */
/** "23.49（21.50%）" in Chinese, "23.49 (21.50%)" in English: each language's own brackets. */
export function parenthetical(text: string, note: string, language: Language): string {
  return language === 'en' ? `${text} (${note})` : `${text}（${note}）`;
}

/** Items of a list in a sentence: "甲；乙" in Chinese, "a; b" in English. */
export function joinList(items: readonly string[], language: Language): string {
  return items.join(language === 'en' ? '; ' : '；');
}

/** "标题：正文" in Chinese, "Title: text" in English. */
export function labelled(label: string, text: string, language: Language): string {
  return language === 'en' ? `${label}: ${text}` : `${label}：${text}`;
}

export function localName(item: { name: string; nameEn?: string | undefined }, language: Language): string {
  return language === 'en' && item.nameEn ? item.nameEn : item.name;
}
