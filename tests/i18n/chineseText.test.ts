/**
 * Chinese that follows one spacing rule: a space between an Arabic numeral and an adjacent Chinese
 * character ("截至 2021 年 2 月", "共 7 项"), none before full-width punctuation or "%". A placeholder that
 * holds a number counts as a numeral: "{{year}} 年", never "{{year}}年".
 */
import { describe, expect, it } from 'vitest';
import { namespaces } from '@/i18n/resources';

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => strings(child, `${path}.${key}`));
}

const chinese = Object.entries(namespaces).flatMap(([ns, messages]) => strings(messages.zh, ns));

const HAN = '\\p{Script=Han}';
/** Placeholders that hold a bare number (a year, a count, an index): digits on both ends. */
const BARE_NUMBERS = ['year', 'previousYear', 'index', 'count', 'n', 'page', 'pages', 'seconds', 'size'];
/** Placeholders whose text starts with digits: amounts ("109.25 万元"), shares ("31.50%"), dates ("2021 年 3 月"). */
const LEADING_NUMBERS = [...BARE_NUMBERS, 'sum', 'stated', 'total', 'covered', 'computed', 'amount', 'share', 'pct', 'change', 'diff', 'limit', 'start', 'end', 'date'];

const digitTouchesHan = new RegExp(`\\d${HAN}|${HAN}\\d`, 'u');
const hanBeforeNumber = new RegExp(`${HAN}\\{\\{(?:${LEADING_NUMBERS.join('|')})\\}\\}`, 'u');
const numberBeforeHan = new RegExp(`\\{\\{(?:${BARE_NUMBERS.join('|')})\\}\\}${HAN}`, 'u');

describe('Chinese messages', () => {
  it('has some to check', () => expect(chinese.length).toBeGreaterThan(300));

  it.each(chinese)('%s spaces numerals from Chinese characters', (_path, text) => {
    expect(text).not.toMatch(digitTouchesHan);
    expect(text).not.toMatch(hanBeforeNumber);
    expect(text).not.toMatch(numberBeforeHan);
  });
});
