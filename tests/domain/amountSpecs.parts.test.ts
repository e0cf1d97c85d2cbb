import { describe, expect, it } from 'vitest';
import { basicProjectSpec, personnelPublicSpec } from '@/domain/charts/amountSpecs';
import { toFen } from '@/domain/money';
import { seed } from '../support/seed';

const budget = seed.model;
const wan = (v: number) => toFen(v, '万元');

describe('basicProjectSpec and personnelPublicSpec', () => {
  it('keeps 项目支出 stated as 0 as 0, and leaves it undefined when the document does not state it', () => {
    expect(basicProjectSpec(budget).rows.map((r) => [r.name, r.value, r.share])).toEqual([
      ['基本支出', wan(109.25), 100],
      ['项目支出', 0, 0],
    ]);
    const spending = { ...budget.spending };
    delete spending.project;
    const unstated = basicProjectSpec({ ...budget, spending }).rows[1];
    expect(unstated?.value).toBeUndefined();
    expect(unstated?.share).toBeUndefined();
  });

  it('splits basic spending into 人员经费 98.19 and 公用经费 11.06, shares of basic spending', () => {
    const spec = personnelPublicSpec(budget);
    expect(spec.total).toBe(wan(109.25));
    expect(spec.rows.map((r) => r.value)).toEqual([wan(98.19), wan(11.06)]);
    expect(spec.rows[0]?.share).toBeCloseTo(89.876, 2);
  });
});
