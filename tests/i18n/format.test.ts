import { describe, expect, it } from 'vitest';
import { toFen, type MoneyUnit } from '@/domain/money';
import { formatAmount, joinList, labelled, parenthetical, unitLabel } from '@/i18n/format';

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
