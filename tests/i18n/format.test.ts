import { describe, expect, it } from 'vitest';
import { fenToUnit, toFen, type Fen, type MoneyUnit } from '@/domain/money';
import { formatAmount, formatAmountNumber, formatCount, formatDecimal, formatHeadline, formatPercent, joinList, labelled, parenthetical, unitLabel } from '@/i18n/format';

const UNITS: MoneyUnit[] = ['元', '千元', '万元', '亿元'];

describe('unit labels', () => {
  it('name the English multiple in words, so a figure is not followed by a second number', () => {
    expect(UNITS.map((unit) => unitLabel(unit, 'en'))).toEqual(['yuan', 'thousand yuan', 'ten thousand yuan', 'hundred million yuan']);
    for (const unit of UNITS) expect(unitLabel(unit, 'en')).not.toMatch(/\d/);
  });

  it('keep the Chinese units as the document writes them', () => {
    expect(UNITS.map((unit) => unitLabel(unit, 'zh-CN'))).toEqual(UNITS);
  });
});

describe('formatAmount', () => {
  it('writes an English amount with its unit in words after the number', () => {
    expect(formatAmount(toFen(109.25, '万元'), '万元', 'en')).toBe('109.25 ten thousand yuan');
    expect(formatAmount(toFen(26.17, '万元'), '万元', 'en', { signed: true })).toBe('+26.17 ten thousand yuan');
    expect(formatAmount(toFen(109.25, '万元'), '亿元', 'en')).toBe('0.010925 hundred million yuan');
    expect(formatAmount(toFen(109.25, '万元'), '千元', 'en')).toBe('1,092.50 thousand yuan');
  });

  it('writes a Chinese amount with the document unit', () => {
    expect(formatAmount(toFen(109.25, '万元'), '万元', 'zh-CN')).toBe('109.25 万元');
  });

  it('says "not stated" rather than a number when the figure is absent', () => {
    expect(formatAmount(undefined, '万元', 'en')).toBe('not stated');
  });
});

describe('formatPercent: one precision rule for dashboard, deck and exports', () => {
  it('writes two decimals, an exact 0% or 100% whole, and keeps 0.00% for what only rounds to 0', () => {
    expect(formatPercent(31.5, 'zh-CN')).toBe('31.50%');
    expect(formatPercent(100, 'zh-CN')).toBe('100%');
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(formatPercent(-100, 'en', { signed: true })).toBe('-100%');
    expect(formatPercent(0.001, 'en')).toBe('0.00%');
    expect(formatPercent(99.999, 'en')).toBe('100.00%');
    // The document's own figure keeps its digits.
    expect(formatPercent(9.8, 'zh-CN', { decimals: 1 })).toBe('9.8%');
  });
});

describe('punctuation around figures', () => {
  it('follows the language: full-width in Chinese, ASCII with spaces in English', () => {
    expect(parenthetical('23.49', '21.50%', 'zh-CN')).toBe('23.49（21.50%）');
    expect(parenthetical('23.49', '21.50%', 'en')).toBe('23.49 (21.50%)');
    expect(joinList(['a', 'b'], 'zh-CN')).toBe('a；b');
    expect(joinList(['a', 'b'], 'en')).toBe('a; b');
    expect(labelled('第 1 张，共 10 张', '概览', 'zh-CN')).toBe('第 1 张，共 10 张：概览');
    expect(labelled('Slide 1 of 10', 'Overview', 'en')).toBe('Slide 1 of 10: Overview');
  });
});

describe('numbers as Intl.NumberFormat writes them', () => {
  const intl = (value: number, min: number, max: number, signed: boolean, language: string) =>
    new Intl.NumberFormat(language, { minimumFractionDigits: min, maximumFractionDigits: max, signDisplay: signed ? 'exceptZero' : 'auto' }).format(value);

  it('match Intl in both languages for amounts, shares, changes and counts, rounding included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const values = [0, -0, 1, -1, 0.5, 0.005, 1.005, 2.675, 999.995, 1234.5, 109.25, 26.17, -26.17, 31.5, 1e6, 123456789.123, 0.00004];
    for (let i = 0; i < 400; i++) values.push(random() * 10 ** Math.floor(Math.abs(random()) * 10));
    for (const language of ['zh-CN', 'en']) {
      for (const [min, max] of [[0, 0], [0, 2], [2, 2], [2, 4], [2, 6], [1, 1]] as const) {
        for (const signed of [false, true]) {
          for (const value of values) expect(formatDecimal(value, min, max, signed), `${value} ${min}-${max} ${signed}`).toBe(intl(value, min, max, signed, language));
        }
      }
    }
  });
});

describe('formatHeadline', () => {
  it('writes large yuan amounts in English as "CNY … million/billion", and leaves everything else exact', () => {
    expect(formatHeadline(toFen(1092500, '元'), '元', 'en')).toBe('CNY 1.09 million');
    expect(formatHeadline(toFen(2345000000, '元'), '元', 'en')).toBe('CNY 2.35 billion');
    expect(formatHeadline(toFen(1000, '元'), '元', 'en')).toBe('1,000 yuan');
    expect(formatHeadline(toFen(109.25, '万元'), '万元', 'en')).toBe('109.25 ten thousand yuan');
    expect(formatHeadline(toFen(1092500, '元'), '元', 'zh-CN')).toBe('1,092,500 元');
    expect(formatHeadline(undefined, '元', 'en')).toBe('not stated');
  });
});

describe('amounts are written from their exact 分, never through a rounded float', () => {
  const fen = (value: number) => value as Fen;

  it('keeps every digit of the largest exact amounts, where dividing the number would round the last 分', () => {
    // 8786010717369009 分 / 100 as a float is 87860107173690.1: the old path wrote "…690.1".
    expect(formatAmount(fen(8786010717369009), '元', 'zh-CN')).toBe('87,860,107,173,690.09 元');
    expect(formatAmount(fen(8898142330382285), '元', 'en')).toBe('88,981,423,303,822.85 yuan');
    expect(formatAmount(fen(Number.MAX_SAFE_INTEGER), '元', 'zh-CN')).toBe('90,071,992,547,409.91 元');
    expect(formatAmount(fen(Number.MAX_SAFE_INTEGER), '亿元', 'en')).toBe('900,719.925474 hundred million yuan');
    expect(formatAmount(fen(-8786010717369009), '元', 'en', { signed: true })).toBe('-87,860,107,173,690.09 yuan');
  });

  it('rounds an exact half away from zero in every unit, and a signed change that rounds to zero has no sign', () => {
    expect(formatAmountNumber(fen(50), '万元', 'zh-CN')).toBe('0.0001'); // 0.00005 万元
    expect(formatAmountNumber(fen(49), '万元', 'zh-CN')).toBe('0.00'); // 0.000049 万元
    expect(formatAmountNumber(fen(50), '千元', 'en')).toBe('0.001'); // 0.0005 千元
    expect(formatAmountNumber(fen(-50), '千元', 'en', true)).toBe('-0.001');
    expect(formatAmountNumber(fen(5000), '亿元', 'en')).toBe('0.000001'); // 0.0000005 亿元
    expect(formatAmountNumber(fen(-1), '万元', 'zh-CN', true)).toBe('0.00');
    expect(formatAmountNumber(fen(-1), '万元', 'zh-CN')).toBe('-0.00');
    expect(formatAmountNumber(fen(-0), '万元', 'zh-CN')).toBe('-0.00');
    expect(formatAmountNumber(fen(109250000), '万元', 'zh-CN')).toBe('109.25');
  });

  it('write every budget-sized amount as before (Intl on the amount in its unit), in both languages and signs', () => {
    let seed = 11;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const DECIMALS: Record<MoneyUnit, [number, number]> = { 元: [0, 2], 千元: [2, 3], 万元: [2, 4], 亿元: [2, 6] };
    for (let i = 0; i < 300; i++) {
      // Up to 10^14 分 (a trillion yuan), signed, at every magnitude.
      const value = fen(Math.round((next() * 2 - 1) * 10 ** Math.floor(next() * 15)));
      for (const unit of UNITS) {
        const [min, max] = DECIMALS[unit];
        for (const signed of [false, true]) {
          for (const language of ['zh-CN', 'en'] as const) {
            const before = new Intl.NumberFormat(language, { minimumFractionDigits: min, maximumFractionDigits: max, signDisplay: signed ? 'exceptZero' : 'auto' }).format(fenToUnit(value, unit));
            expect(formatAmountNumber(value, unit, language, signed), `${value} ${unit}`).toBe(before);
          }
        }
      }
    }
  });

  it('writes counts grouped and whole, and "not stated" for an absent one', () => {
    expect(formatCount(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatCount(2.5, 'en')).toBe('3');
    expect(formatCount(undefined, 'zh-CN')).toBe('未说明');
  });
});
