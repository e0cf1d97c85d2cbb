import { describe, expect, it } from 'vitest';
import { toFen } from '@/domain/money';
import { growthPct, matchesAtStatedPrecision, percentOf, roundTo } from '@/domain/percent';
import { seed } from '../support/seed';

const wan = (v: number) => toFen(v, '万元');

describe('matchesAtStatedPrecision', () => {
  it("accepts the document's 9.8% for 10.7 / 109.25 = 9.794%", () => {
    const computed = percentOf(wan(10.7), wan(109.25))!;
    expect(computed).toBeCloseTo(9.794, 3);
    expect(matchesAtStatedPrecision(9.8, computed)).toBe(true);
    expect(matchesAtStatedPrecision(9.8, 9.794)).toBe(true);
  });

  it('accepts 21.5 for 21.5011 and rejects 22.69 for 29.36', () => {
    expect(matchesAtStatedPrecision(21.5, 21.5011)).toBe(true);
    expect(matchesAtStatedPrecision(22.69, 29.36)).toBe(false);
  });

  it('compares at the precision the document wrote, not finer and not coarser', () => {
    expect(matchesAtStatedPrecision(9.8, 9.74)).toBe(false);
    expect(matchesAtStatedPrecision(9.8, 9.85)).toBe(false);
    expect(matchesAtStatedPrecision(9.79, 9.794)).toBe(true);
    expect(matchesAtStatedPrecision(9.794, 9.79)).toBe(false);
    expect(matchesAtStatedPrecision(100, 99.6)).toBe(true);
    expect(matchesAtStatedPrecision(0, 0)).toBe(true);
  });
});

describe('roundTo', () => {
  it('rounds half away from zero despite float noise', () => {
    expect(1.005 * 100).toBeLessThan(100.5);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(29.356725, 2)).toBe(29.36);
  });

  it('keeps every integer digit of large values', () => {
    expect(roundTo(12_345_678_901_234, 0)).toBe(12_345_678_901_234);
    expect(roundTo(1_234_567_890_123.4, 0)).toBe(1_234_567_890_123);
  });
});

describe('growthPct and percentOf', () => {
  it('gives +31.50% for the total 83.08 → 109.25 万元', () => {
    const { total, previousYear } = seed.model;
    expect(roundTo(growthPct(total, previousYear?.total)!, 2)).toBe(31.5);
  });

  it('gives 29.36% for 机关运行经费 8.55 → 11.06, and 22.69% only with the wrong denominator', () => {
    expect(roundTo(growthPct(wan(11.06), wan(8.55))!, 2)).toBe(29.36);
    expect(roundTo(percentOf(wan(2.51), wan(11.06))!, 2)).toBe(22.69);
  });

  it('is undefined without a base, never 0', () => {
    expect(growthPct(wan(1), undefined)).toBeUndefined();
    expect(growthPct(undefined, wan(1))).toBeUndefined();
    expect(growthPct(wan(1), wan(0))).toBeUndefined();
    expect(percentOf(wan(1), wan(0))).toBeUndefined();
    expect(percentOf(undefined, wan(1))).toBeUndefined();
  });
});
