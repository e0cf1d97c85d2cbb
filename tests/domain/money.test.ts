import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalsOf, fenToDecimalString, sum, toFen, toFenOrUndefined, type Fen } from '@/domain/money';
import { seed } from '../support/seed';

describe('toFen', () => {
  it('adds the four 类 of the seed to exactly 109.25 万元, where floats give 109.24999999999999', () => {
    const classes = seed.file.functional.flatMap((c) => (c.amount === undefined ? [] : [c.amount]));
    expect(classes).toEqual([69.21, 23.49, 5.85, 10.7]);
    expect(69.21 + 23.49 + 5.85 + 10.7).not.toBe(109.25);
    const total = sum(classes.map((a) => toFen(a, '万元')));
    expect(total).toBe(toFen(109.25, '万元'));
    expect(fenToDecimalString(total, '万元')).toBe('109.25');
  });

  it('converts by shifting digits in every unit', () => {
    expect(toFen(109.25, '万元')).toBe(109_250_000);
    expect(toFen(0.1, '万元')).toBe(100_000);
    expect(toFen(1_092_500, '元')).toBe(109_250_000);
    expect(toFen(0.01, '元')).toBe(1);
    expect(toFen(1.00001, '千元')).toBe(100_001);
    expect(toFen(0.0000000001, '亿元')).toBe(1);
    expect(toFen(0, '万元')).toBe(0);
  });

  it('keeps 0.1 + 0.2 = 0.3 exact, and refuses the float sum itself as finer than 1 分', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sum([toFen(0.1, '元'), toFen(0.2, '元')])).toBe(toFen(0.3, '元'));
    expect(() => toFen(0.1 + 0.2, '元')).toThrow(RangeError);
  });

  it('keeps the sign of a decrease (a stated change may be negative)', () => {
    expect(toFen(-2.51, '万元')).toBe(-2_510_000);
    expect(fenToDecimalString(toFen(-0.05, '元'), '元')).toBe('-0.05');
  });

  it('throws on figures finer than 1 分, too large to be exact, or not finite', () => {
    expect(() => toFen(0.001, '元')).toThrow(/finer than 1 分/);
    expect(() => toFen(1.0000001, '万元')).toThrow(/finer than 1 分/);
    expect(() => toFen(1e21, '万元')).toThrow(/too large/);
    expect(() => toFen(1e21, '元')).toThrow(/too large/);
    expect(() => toFen(Number.POSITIVE_INFINITY, '元')).toThrow(RangeError);
    expect(() => toFen(Number.NaN, '元')).toThrow(RangeError);
  });

  it('keeps an absent figure absent and a stated 0 as 0', () => {
    expect(toFenOrUndefined(undefined, '万元')).toBeUndefined();
    expect(toFenOrUndefined(0, '万元')).toBe(0);
  });

  it('round-trips any 2-decimal 元 figure exactly, and sums equal the integer sum of 分', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 ** 12 }), { maxLength: 20 }), (cents) => {
        const figures = cents.map((c) => Number(fenToDecimalString(c as Fen, '元')));
        const fens = figures.map((f) => toFen(f, '元'));
        expect(fens).toEqual(cents);
        expect(sum(fens)).toBe(cents.reduce((a, b) => a + b, 0));
      }),
    );
  });
});

describe('decimalsOf', () => {
  it('counts the decimals a figure is written with, exponents included', () => {
    expect(decimalsOf(9.8)).toBe(1);
    expect(decimalsOf(63.35)).toBe(2);
    expect(decimalsOf(22.69)).toBe(2);
    expect(decimalsOf(100)).toBe(0);
    expect(decimalsOf(0)).toBe(0);
    expect(decimalsOf(-5.125)).toBe(3);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(1.5e-7)).toBe(8);
    expect(decimalsOf(1e21)).toBe(0);
    expect(decimalsOf(0.1 + 0.2)).toBe(17);
  });
});

describe('fenToDecimalString', () => {
  it('writes 分 back in the document unit without trailing zeros', () => {
    expect(fenToDecimalString(toFen(10.7, '万元'), '万元')).toBe('10.7');
    expect(fenToDecimalString(toFen(109.25, '万元'), '元')).toBe('1092500');
    expect(fenToDecimalString(1 as Fen, '万元')).toBe('0.000001');
  });
});
