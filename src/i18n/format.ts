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

/** A finite number ≥ 0 as plain decimal digits, from its shortest round-trip form ("4e-5" → "0.00004"). */
function plainDigits(value: number): string {
  const text = String(value);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const exponent = Number(text.slice(e + 1));
  const [whole = '', fraction = ''] = text.slice(0, e).split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Rounds plain digits to `decimals` places, halves away from zero, as Intl does on the number's shortest form. */
function roundDigits(plain: string, decimals: number): string {
  const [whole = '0', fraction = ''] = plain.split('.');
  if (fraction.length <= decimals) return decimals > 0 ? `${whole}.${fraction.padEnd(decimals, '0')}` : whole;
  let kept = whole + fraction.slice(0, decimals);
  if (fraction.charCodeAt(decimals) - 48 >= 5) kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  const point = kept.length - decimals;
  return decimals > 0 ? `${kept.slice(0, point)}.${kept.slice(point)}` : kept;
}

/**
 * Numbers as both languages write them ("1,234.5", "-0.25", "+26.17"), without
 * Intl.NumberFormat: the first one a page creates loads the browser's locale data,
 * about 60 ms of blocked page here (four times that on a phone), before the first
 * figure can be shown. zh-CN and en group thousands with "," and use "." alike.
 * Output is Intl's: rounding half away from zero on the shortest form (1.005 → 1.01),
 * `signed` shows "+" and "-" except on a figure that rounds to zero (signDisplay
 * "exceptZero"), unsigned negatives keep their "-" even at zero ("auto").
 */
export function formatDecimal(value: number, minDecimals: number, maxDecimals: number, signed = false): string {
  if (!Number.isFinite(value)) return String(value);
  let digits = roundDigits(plainDigits(Math.abs(value)), maxDecimals);
  if (maxDecimals > minDecimals) {
    const keep = digits.length - (maxDecimals - minDecimals);
    digits = digits.slice(0, keep) + digits.slice(keep).replace(/0+$/, '');
    if (digits.endsWith('.')) digits = digits.slice(0, -1);
  }
  const [whole = '0', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
  const negative = value < 0 || Object.is(value, -0);
  if (signed) return /^[0.,]*$/.test(grouped) ? grouped : `${negative ? '-' : '+'}${grouped}`;
  return negative ? `-${grouped}` : grouped;
}

export function formatAmountNumber(fen: Fen, unit: MoneyUnit, language: Language, signed = false): string {
  const [min, max] = DECIMALS[unit];
  return formatDecimal(fenToUnit(fen, unit), min, max, signed);
}

/** "109.25 万元", "+26.17 万元" or "未说明". */
export function formatAmount(fen: Fen | undefined, unit: MoneyUnit, language: Language, opts: { signed?: boolean } = {}): string {
  if (fen === undefined) return NOT_STATED[language];
  return `${formatAmountNumber(fen, unit, language, opts.signed)} ${unitLabel(unit, language)}`;
}

/**
 * A headline figure: in English, yuan amounts of a million and more read as "CNY 1.09 million" (a row
 * of seven digits is hard to take in at a glance); the exact figure is in the detail and the tables.
 */
export function formatHeadline(fen: Fen | undefined, unit: MoneyUnit, language: Language): string {
  if (fen === undefined || language !== 'en' || unit !== '元') return formatAmount(fen, unit, language);
  const yuan = fenToUnit(fen, '元');
  const scale = Math.abs(yuan) >= 1e9 ? { divisor: 1e9, word: 'billion' } : Math.abs(yuan) >= 1e6 ? { divisor: 1e6, word: 'million' } : undefined;
  return scale ? `CNY ${formatDecimal(yuan / scale.divisor, 2, 2)} ${scale.word}` : formatAmount(fen, unit, language);
}

/** "31.50 %" style: fixed decimals so columns line up; signed for changes. */
/**
 * One rule for percentages on screen, in the deck and in exports: two decimals (the precision budget
 * documents state shares and growth in, so 31.50% sits beside the document's own figures), except an
 * exact 0% or 100%, which are whole ("all of it", "none of it") rather than "100.00%". A value that only
 * rounds to 0 keeps its decimals (0.00%): it is not none. A caller quoting the document passes its digits.
 */
export function formatPercent(value: number | undefined, language: Language, opts: { signed?: boolean; decimals?: number } = {}): string {
  if (value === undefined) return NOT_STATED[language];
  const whole = value === 0 || Math.abs(value) === 100;
  const decimals = opts.decimals ?? (whole ? 0 : 2);
  return `${formatDecimal(value, decimals, decimals, opts.signed ?? false)}%`;
}

export function formatCount(value: number | undefined, language: Language): string {
  if (value === undefined) return NOT_STATED[language];
  return formatDecimal(value, 0, 0);
}

/** "23.49（21.50%）" in Chinese, "23.49 (21.50%)" in English: each language's own brackets. */
export function parenthetical(text: string, note: string, language: Language): string {
  return language === 'en' ? `${text} (${note})` : `${text}（${note}）`;
}

/**
 * Chinese text a formatter wrote (Intl's "2021年3月"), with a space between an Arabic numeral and an
 * adjacent Chinese character ("2021 年 3 月"), the rule all zh messages follow. Never for the document's
 * own words: names and quotations stay as the document wrote them. English passes through.
 */
export function spaceNumerals(text: string, language: Language): string {
  if (language === 'en') return text;
  return text.replace(/(?<=\d)(?=\p{Script=Han})|(?<=\p{Script=Han})(?=\d)/gu, ' ');
}

/** Items of a list in a sentence: "甲；乙" in Chinese, "a; b" in English. */
export function joinList(items: readonly string[], language: Language): string {
  return items.join(language === 'en' ? '; ' : '；');
}

/** The colon after a label: "：" in Chinese, ": " in English. */
export function colon(language: Language): string {
  return language === 'en' ? ': ' : '：';
}

/** "标题：正文" in Chinese, "Title: text" in English. */
export function labelled(label: string, text: string, language: Language): string {
  return `${label}${colon(language)}${text}`;
}

/** A data name in the current language: the English name when there is one. */
export function localName(item: { name: string; nameEn?: string | undefined }, language: Language): string {
  return language === 'en' && item.nameEn ? item.nameEn : item.name;
}
