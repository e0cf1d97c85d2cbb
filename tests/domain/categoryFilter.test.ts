import { describe, expect, it } from 'vitest';
import { resolveFilter } from '@/domain/categoryFilter';
import { toFen } from '@/domain/money';
import { roundTo } from '@/domain/percent';
import { seed } from '../support/seed';

const wan = (v: number) => toFen(v, '万元');

describe('resolveFilter on the seed', () => {
  it('selects a 类 with its stated amount and its share of 109.25 万元', () => {
    const selection = resolveFilter(seed.model, '社会保障和就业支出')!;
    expect(selection.node.name).toBe('社会保障和就业支出');
    expect(selection.amount).toBe(wan(23.49));
    expect(roundTo(selection.shareOfTotal!, 2)).toBe(21.5);
  });

  it('selects a 款 by rolling up its 项 when it states no amount', () => {
    const selection = resolveFilter(seed.model, '卫生健康支出›行政事业单位医疗')!;
    expect(selection.trail.map((n) => n.name)).toEqual(['卫生健康支出', '行政事业单位医疗']);
    expect(selection.amount).toBe(wan(5.84));
  });

  it('selects 教育支出 with no amount and no share, rather than 0', () => {
    const selection = resolveFilter(seed.model, '教育支出')!;
    expect(selection.node.name).toBe('教育支出');
    expect(selection).not.toHaveProperty('amount');
    expect(selection).not.toHaveProperty('shareOfTotal');
  });

  it('selects nothing for no filter or an id the budget does not have', () => {
    expect(resolveFilter(seed.model, undefined)).toBeUndefined();
    expect(resolveFilter(seed.model, '')).toBeUndefined();
    expect(resolveFilter(seed.model, '国防支出')).toBeUndefined();
    expect(resolveFilter(seed.model, '社会保障和就业支出›国防')).toBeUndefined();
  });
});
