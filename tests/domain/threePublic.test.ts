import { describe, expect, it } from 'vitest';
import { operatingExpensesSpec, operatingGrowthCheck, threePublicSpec } from '@/domain/charts/threePublicSpec';
import { toFen } from '@/domain/money';
import type { BudgetModel } from '@/domain/model';
import { seed } from '../support/seed';

const budget = seed.model;
const wan = (v: number) => toFen(v, '万元');

describe('threePublicSpec', () => {
  const spec = threePublicSpec(budget)!;
  const row = (key: string) => spec.rows.find((r) => r.key === key)!;

  it('lists the four kinds with the stated parts summing to the total 0.1 万元', () => {
    expect(spec.rows.map((r) => r.key)).toEqual(['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation']);
    expect(row('reception').value).toBe(wan(0.1));
    expect(row('vehiclePurchase').value).toBe(0);
    expect(row('vehicleOperation').value).toBe(0);
    expect(spec.total).toBe(wan(0.1));
    expect(spec.partsSum).toBe(wan(0.1));
    expect(spec.partsMatchTotal).toBe(true);
  });

  it('keeps 因公出国（境）费 not stated — not budgeted per its note — rather than 0', () => {
    const abroad = row('abroad');
    expect(abroad.value).toBeUndefined();
    expect(abroad.value).not.toBe(0);
    expect(abroad.status).toBe('notBudgeted');
    expect(abroad.note).toContain('暂未编入年初部门预算');
  });

  it("compares with 2020 by the document's own word: reception and both vehicle lines 持平", () => {
    expect(row('reception').previous).toEqual({ kind: 'stated', direction: 'flat' });
    expect(row('vehiclePurchase').previous).toEqual({ kind: 'stated', direction: 'flat' });
    expect(row('vehicleOperation').previous).toEqual({ kind: 'stated', direction: 'flat' });
    expect(row('abroad').previous).toBeUndefined();
    expect(spec.previousYear).toBe(2020);
  });

  it("uses last year's figures when the file has them", () => {
    const withPrevious: BudgetModel = { ...budget, previousYear: { fiscalYear: 2020, threePublic: { reception: wan(0.3), total: wan(0.3) } } };
    const s = threePublicSpec(withPrevious)!;
    expect(s.rows.find((r) => r.key === 'reception')?.previous).toEqual({ kind: 'amount', value: wan(0.3), change: -wan(0.2) });
    expect(s.totalPrevious).toEqual({ kind: 'amount', value: wan(0.3), change: -wan(0.2) });
  });

  it('marks an unstated kind without a note as not stated, and a missing section as absent', () => {
    const s = threePublicSpec({ ...budget, threePublic: { total: wan(0.1), reception: wan(0.1) } })!;
    expect(s.rows.find((r) => r.key === 'abroad')?.status).toBe('notStated');
    expect(threePublicSpec({ ...budget, threePublic: undefined })).toBeUndefined();
  });
});

describe('机关运行经费', () => {
  it('draws 2020 8.55 and 2021 11.06 万元', () => {
    expect(operatingExpensesSpec(budget)!.rows.map((r) => [r.key, r.value])).toEqual([
      ['2020', wan(8.55)],
      ['2021', wan(11.06)],
    ]);
  });

  it('finds the stated 22.69% growth does not match the computed 29.36%', () => {
    const check = operatingGrowthCheck(budget)!;
    expect(check.stated).toBe(22.69);
    expect(check.computed.toFixed(2)).toBe('29.36');
    expect(check.matches).toBe(false);
    expect(check.dividedByCurrent).toBe(true);
  });

  it('has nothing to draw or check when neither year is stated', () => {
    const bare: BudgetModel = { ...budget, operatingExpenses: undefined, previousYear: undefined };
    expect(operatingExpensesSpec(bare)).toBeUndefined();
    expect(operatingGrowthCheck(bare)).toBeUndefined();
  });
});

describe('funds the document says are not used', () => {
  it('are "none", distinct from 0 and from not stated', () => {
    expect(budget.funds).toEqual({ governmentFund: 'none', stateCapital: 'none' });
  });
});
