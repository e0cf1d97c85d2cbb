import { describe, expect, it } from 'vitest';
import { toFen } from '@/domain/money';
import { roundTo } from '@/domain/percent';
import { operatingExpensesChange, totalChange } from '@/domain/yearOverYear';
import { modelOf } from '../data/budgetVariants';
import { seed } from '../support/seed';

const wan = (v: number) => toFen(v, '万元');

describe('year-over-year changes, computed from the figures', () => {
  it('carries the document’s growth rate only where it differs at its own precision, so a screen can name it', () => {
    expect(operatingExpensesChange(seed.model).statedGrowthPct).toBe(22.69);
    // 31.5 % stated against 31.50 % computed: the same figure, nothing to name.
    expect(totalChange(seed.model).statedGrowthPct).toBeUndefined();
  });

  it('gives the total +26.17 万元 (+31.50%) against 2020, with the reason the document gives', () => {
    const change = totalChange(seed.model);
    expect(change).toMatchObject({ current: wan(109.25), previous: wan(83.08), previousYear: 2020, change: wan(26.17) });
    expect(roundTo(change.growthPct!, 2)).toBe(31.5);
    expect(change.reason).toContain('增加两名在职在编人员');
  });

  it('gives 机关运行经费 +2.51 万元 and +29.36% (the document says 22.69%)', () => {
    const change = operatingExpensesChange(seed.model);
    expect(change.change).toBe(wan(2.51));
    expect(roundTo(change.growthPct!, 2)).toBe(29.36);
  });

  it('leaves change and growth out when the previous year is not stated', () => {
    const change = totalChange(modelOf((file) => delete file.previousYear));
    expect(change).toEqual({ current: wan(109.25), reason: seed.model.stated.totalChangeReason });
  });

  it('gives a change but no growth rate from a base of 0', () => {
    const change = operatingExpensesChange(modelOf((file) => (file.previousYear!.operatingExpenses = 0)));
    expect(change.change).toBe(wan(11.06));
    expect(change).not.toHaveProperty('growthPct');
  });
});
