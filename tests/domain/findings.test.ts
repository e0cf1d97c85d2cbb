import { describe, expect, it } from 'vitest';
import {
  computeFindings,
  countFindings,
  countGroups,
  findingDifference,
  findingsForCategory,
  groupFindings,
  lastDigitStep,
  type Finding,
} from '@/domain/findings';
import { toFen } from '@/domain/money';
import { roundTo } from '@/domain/percent';
import { categoryAt, modelOf, seedInYuan, onlyTotal, allAgree } from '../data/budgetVariants';
import { seed } from '../support/seed';

const wan = (v: number) => toFen(v, '万元');
const byStatus = (findings: Finding[], status: Finding['status']) => findings.filter((f) => f.status === status);
const seedFindings = computeFindings(seed.model);

describe('computeFindings on the seed', () => {
  it('reports exactly the four places where the document disagrees with itself', () => {
    const mismatches = byStatus(seedFindings, 'mismatch');
    expect(mismatches.map((f) => f.id)).toEqual(['sum:leaves', 'rollup:社会保障和就业支出', 'rollup:卫生健康支出', 'growth:operatingExpenses']);
    const [leaves, social, health, growth] = mismatches;
    expect(leaves).toMatchObject({ stated: { kind: 'money', value: wan(109.25) }, computed: { kind: 'money', value: wan(109.23) }, unstatedParts: 1 });
    expect(social).toMatchObject({ stated: { value: wan(23.49) }, computed: { value: wan(23.48) }, categoryId: '社会保障和就业支出' });
    expect(health).toMatchObject({ stated: { value: wan(5.85) }, computed: { value: wan(5.84) }, categoryId: '卫生健康支出' });
    expect(growth).toMatchObject({ check: 'statedGrowth', stated: { kind: 'percent', value: 22.69 }, hint: 'dividedByCurrent' });
    expect(growth?.base).toEqual({ previous: wan(8.55), current: wan(11.06), previousYear: 2020 });
    expect(roundTo(growth!.computed!.value, 2)).toBe(29.36);
  });

  it('reports 教育支出 as listed without an amount, not as 0', () => {
    expect(byStatus(seedFindings, 'missing')).toEqual([expect.objectContaining({ id: 'missing:教育支出', check: 'missingAmount', categoryId: '教育支出' })]);
  });

  it('puts problems first, then the 17 checks that agree', () => {
    expect(countFindings(seedFindings)).toEqual({ mismatch: 4, missing: 1, pass: 17 });
    const order = seedFindings.map((f) => f.status);
    expect(order).toEqual([...order].sort((a, b) => ['mismatch', 'missing', 'pass'].indexOf(a) - ['mismatch', 'missing', 'pass'].indexOf(b)));
  });

  it('passes every share the document states (9.8% for 9.794% included), and nothing else fails', () => {
    const passes = new Set(byStatus(seedFindings, 'pass').map((f) => f.id));
    const stated = seed.file.stated!;
    const shareIds = [
      ...Object.keys(stated.functionalSharesPct!).map((n) => `share:functional:${n}`),
      ...Object.keys(stated.revenueSharesPct!).map((n) => `share:revenue:${n}`),
      ...Object.keys(stated.spendingSharesPct!).map((n) => `share:spending:${n}`),
    ];
    expect(shareIds).toHaveLength(8);
    for (const id of shareIds) expect(passes).toContain(id);
    const housing = seedFindings.find((f) => f.id === 'share:functional:住房保障支出')!;
    expect(housing.computed!.value).toBeCloseTo(9.794, 3);
    for (const id of [
      'sum:revenue',
      'sum:basicProject',
      'sum:personnelPublic',
      'sum:categories',
      'sum:threePublic',
      'change:total',
      'change:operatingExpenses',
    ]) {
      expect(passes).toContain(id);
    }
    expect(passes).toContain('rollup:一般公共服务支出');
    expect(passes).toContain('rollup:住房保障支出');
  });

  it('measures each difference as computed minus stated', () => {
    const social = seedFindings.find((f) => f.id === 'rollup:社会保障和就业支出')!;
    expect(findingDifference(social)).toEqual({ kind: 'money', value: -wan(0.01) });
    const growth = seedFindings.find((f) => f.id === 'growth:operatingExpenses')!;
    const diff = findingDifference(growth)!;
    expect(diff.kind).toBe('percent');
    expect(roundTo(diff.value, 2)).toBe(6.67);
    expect(findingDifference(seedFindings.find((f) => f.id === 'missing:教育支出')!)).toBeUndefined();
  });
});

describe('findingsForCategory', () => {
  it('keeps the branch: the 类 itself, its share, and a 项 under it sees the 类 roll-up', () => {
    expect(findingsForCategory(seedFindings, '社会保障和就业支出').map((f) => f.id)).toEqual([
      'rollup:社会保障和就业支出',
      'share:functional:社会保障和就业支出',
    ]);
    const item = findingsForCategory(seedFindings, '社会保障和就业支出›行政事业单位离退休›未归口管理的行政单位离退休').map((f) => f.id);
    expect(item).toEqual(['rollup:社会保障和就业支出', 'share:functional:社会保障和就业支出']);
    expect(findingsForCategory(seedFindings, '教育支出').map((f) => f.id)).toEqual(['missing:教育支出']);
  });
});

describe('computeFindings on other budgets', () => {
  it('finds the same problems in a 元 document, to the 分', () => {
    const yuan = computeFindings(modelOf(seedInYuan));
    expect(yuan).toEqual(seedFindings);
  });

  it('reports no mismatch and nothing missing when every figure agrees', () => {
    const model = modelOf(allAgree);
    const findings = computeFindings(model);
    expect(countFindings(findings)).toEqual({ mismatch: 0, missing: 0, pass: 21 });
  });

  it('makes no change or growth checks without the previous year', () => {
    const findings = computeFindings(modelOf((file) => delete file.previousYear));
    expect(findings.filter((f) => f.check === 'statedChange' || f.check === 'statedGrowth')).toEqual([]);
    expect(countFindings(findings)).toEqual({ mismatch: 3, missing: 1, pass: 15 });
  });

  it('flags a stated change that disagrees, and a growth rate stated for the total', () => {
    const findings = computeFindings(
      modelOf((file) => {
        file.stated!.totalChange = 26.18;
        file.stated!.totalGrowthPct = 31.5;
      }),
    );
    expect(findings.find((f) => f.id === 'change:total')).toMatchObject({ status: 'mismatch', stated: { value: wan(26.18) }, computed: { value: wan(26.17) } });
    expect(findings.find((f) => f.id === 'growth:total')).toMatchObject({ status: 'pass' });
    expect(findings.find((f) => f.id === 'growth:total')).not.toHaveProperty('hint');
  });

  it('raises no false alarm when a revenue source or 项目支出 is simply not stated', () => {
    const findings = computeFindings(
      modelOf((file) => {
        file.revenue.push({ name: '事业收入' });
        delete file.spending.project;
        delete file.threePublic!.vehicleOperation;
      }),
    );
    expect(findings.find((f) => f.id === 'sum:revenue')).toMatchObject({ status: 'pass', unstatedParts: 1 });
    expect(findings.find((f) => f.id === 'sum:basicProject')).toMatchObject({ status: 'pass', unstatedParts: 1 });
    expect(countFindings(findings).mismatch).toBe(4);
  });

  it('does not take a part short of its whole for a mismatch when another part is not stated', () => {
    const findings = computeFindings(
      modelOf((file) => {
        file.revenue = [{ name: '一般公共预算拨款收入', amount: 100 }, { name: '事业收入' }];
        delete file.stated!.revenueSharesPct;
      }),
    );
    expect(findings.find((f) => f.id === 'sum:revenue')).toBeUndefined();
  });

  it('still flags parts that exceed the whole even when another part is not stated', () => {
    const findings = computeFindings(modelOf((file) => (file.revenue = [{ name: '一般公共预算拨款收入', amount: 110 }, { name: '事业收入' }])));
    expect(findings.find((f) => f.id === 'sum:revenue')).toMatchObject({ status: 'mismatch', computed: { value: wan(110) } });
  });

  it('checks a 类 share against its roll-up when the 类 states no amount of its own', () => {
    const findings = computeFindings(modelOf((file) => delete categoryAt(file, '住房保障支出').amount));
    expect(findings.find((f) => f.id === 'share:functional:住房保障支出')).toMatchObject({ status: 'pass' });
    expect(findings.find((f) => f.id === 'rollup:住房保障支出')).toBeUndefined();
    expect(findings.find((f) => f.id === 'sum:categories')).toMatchObject({ status: 'pass' });
  });

  it('checks only the total against the 类 when nothing is broken down into 款 and 项', () => {
    const findings = computeFindings(
      modelOf((file) => {
        file.functional = file.functional.filter((c) => c.amount !== undefined).map(({ children: _children, ...c }) => c);
      }),
    );
    expect(findings.find((f) => f.id === 'sum:leaves')).toBeUndefined();
    expect(findings.filter((f) => f.id.startsWith('rollup:'))).toEqual([]);
    expect(countFindings(findings)).toEqual({ mismatch: 1, missing: 0, pass: 15 });
  });

  it('has nothing to check in a budget that states only its total', () => {
    const model = modelOf(onlyTotal);
    expect(computeFindings(model)).toEqual([]);
  });
});

describe('groupFindings: one root cause, one finding', () => {
  const groups = groupFindings(seedFindings, seed.model);
  const problems = groups.filter((g) => g.kind !== 'pass');

  it('reads the document’s last digit: 0.01 万元 on the seed', () => {
    expect(lastDigitStep(seed.model)).toBe(wan(0.01));
  });

  it('puts the material error first, then the 0.01 万元 rounding once with the sum it repeats in, then the missing amount', () => {
    expect(problems.map((g) => [g.kind, g.causes.map((f) => f.id), g.consequences.map((f) => f.id)])).toEqual([
      ['material', ['growth:operatingExpenses'], []],
      ['rounding', ['rollup:社会保障和就业支出', 'rollup:卫生健康支出'], ['sum:leaves']],
      ['missing', ['missing:教育支出'], []],
    ]);
    expect(countGroups(groups)).toEqual({ material: 1, rounding: 1, missing: 1, pass: 17 });
  });

  it('calls a difference beyond the last digit material, and puts the sum that repeats it under it', () => {
    const budget = modelOf((file) => {
      categoryAt(file, '卫生健康支出', '行政事业单位医疗', '行政单位医疗').amount = 4.31;
    });
    const grouped = groupFindings(computeFindings(budget), budget).filter((g) => g.kind === 'material' || g.kind === 'rounding');
    // The 项 sum repeats the 类 differences (−0.11 and −0.01): it joins the error, not counted again.
    expect(grouped.map((g) => [g.kind, g.causes.map((f) => f.id), g.consequences.map((f) => f.id)])).toEqual([
      ['material', ['rollup:卫生健康支出'], ['sum:leaves']],
      ['material', ['growth:operatingExpenses'], []],
      ['rounding', ['rollup:社会保障和就业支出'], []],
    ]);
  });
});
