/**
 * Display formatting, the only place numbers become text. Amounts arrive as 分
 * and leave in the display unit with its precision; absent stays "not stated".
 */
import { fenToDecimalString, fenToUnit, type Fen, type MoneyUnit } from '@/domain/money';
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

/**
 * One Intl.NumberFormat per language and precision, made on first use and kept: making one
 * costs nothing measurable once the browser's number data is loaded, but the first one a page
 * makes loads it (8–40 ms, median 12 ms, in Chromium on the 2-core test machine; see
 * warmNumbers). zh-CN and en both group thousands with "," and use "." for decimals.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, minDecimals: number, maxDecimals: number, signed: boolean): Intl.NumberFormat {
  const key = `${language}|${minDecimals}|${maxDecimals}|${signed ? 1 : 0}`;
  let format = numberFormats.get(key);
  if (!format) {
    // exceptZero: a signed change shows "+" and "-" except on one that rounds to zero; auto keeps an unsigned "-", even at zero.
    format = new Intl.NumberFormat(language, { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals, signDisplay: signed ? 'exceptZero' : 'auto' });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Makes the number formats a screen in `language` uses first, so the first figure drawn
 * (or the first after a language switch) does not pay for loading the browser's number data.
 */
export function warmNumbers(language: Language): void {
  for (const [min, max] of Object.values(DECIMALS)) {
    numberFormat(language, min, max, false).format(0);
    numberFormat(language, min, max, true).format(0);
  }
  for (const signed of [false, true]) numberFormat(language, 2, 2, signed).format(0);
  numberFormat(language, 0, 0, false).format(0);
}

/**
 * A number as both languages write it ("1,234.5", "-0.25", "+26.17"): Intl.NumberFormat,
 * rounding half away from zero (1.005 → 1.01 when written so), `signed` as in numberFormat.
 */
export function formatDecimal(value: number, minDecimals: number, maxDecimals: number, signed = false, language: Language = 'zh-CN'): string {
  if (!Number.isFinite(value)) return String(value);
  return numberFormat(language, minDecimals, maxDecimals, signed).format(value);
}

/**
 * An amount in the display unit, from its exact decimal digits: Intl reads a string as the exact
 * decimal it writes (no float in between), so 分 beyond 2^53 and halves like 0.005 round as written.
 */
export function formatAmountNumber(fen: Fen, unit: MoneyUnit, language: Language, signed = false): string {
  const [min, max] = DECIMALS[unit];
  // fenToDecimalString drops the sign of -0 分, which Intl (auto) writes as "-0.00", as it did from the number.
  const exact = (Object.is(fen, -0) ? '-0' : fenToDecimalString(fen, unit)) as Intl.StringNumericLiteral;
  return numberFormat(language, min, max, signed).format(exact);
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
  return scale ? `CNY ${formatDecimal(yuan / scale.divisor, 2, 2, false, language)} ${scale.word}` : formatAmount(fen, unit, language);
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
  return `${formatDecimal(value, decimals, decimals, opts.signed ?? false, language)}%`;
}

export function formatCount(value: number | undefined, language: Language): string {
  if (value === undefined) return NOT_STATED[language];
  return formatDecimal(value, 0, 0, false, language);
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
