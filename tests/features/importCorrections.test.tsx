/** Corrections land at the figure's place in the budget file, named by the path validation uses. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBudgetValue } from '@/data/parseBudget';
import { applyCorrections, canCorrect } from '@/features/import/applyCorrections';
import { importExplanation } from '@/importer';

const seedImport = importExplanation(readFileSync('tests/fixtures/explanations/lushan-shebao-2021.md', 'utf8'));
const budget = seedImport.budget!;
// A unit with no previous year and no 款/项: what filling in must create.
const bare = { ...budget, previousYear: undefined, revenue: [], functional: [] };
delete bare.previousYear;

describe('applyCorrections', () => {
  it('writes a found figure where the report path points, and leaves the importer result untouched', () => {
    const path = 'functional.卫生健康支出›行政事业单位医疗›公务员医疗补助';
    const { value, locations } = applyCorrections(budget, new Map([[path, 1.5]]));
    const parsed = parseBudgetValue(value);
    const health = budget.functional.findIndex((c) => c.name === '卫生健康支出');
    const item = budget.functional[health]?.children?.[0]?.children?.findIndex((c) => c.name === '公务员医疗补助');
    expect(locations.get(path)).toBe(`functional[${health}].children[0].children[${item}].amount`);
    expect(parsed.ok && parsed.budget.functional[health]?.children?.[0]?.children?.[item!]).toMatchObject({ name: '公务员医疗补助', amount: 1.5 });
    expect(budget.functional[health]?.children?.[0]?.children?.[item!]?.amount).toBe(1.43);
  });

  it('fills in figures the document lacks, creating their place (a previous year keeps its year)', () => {
    const corrections = new Map<string, number | undefined>([
      ['previousYear.total', 83.08],
      ['revenue.上年结转', 2],
      ['functional.教育支出›普通教育', 3.5],
      ['staffing.inService.total', 9],
    ]);
    const { value, locations } = applyCorrections(bare, corrections);
    const parsed = parseBudgetValue(value);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.budget.previousYear).toEqual({ fiscalYear: 2020, total: 83.08 });
    expect(parsed.budget.revenue).toEqual([{ name: '上年结转', amount: 2 }]);
    expect(parsed.budget.functional).toEqual([{ name: '教育支出', children: [{ name: '普通教育', amount: 3.5 }] }]);
    expect(locations.get('revenue.上年结转')).toBe('revenue[0].amount');
  });

  it('an emptied figure becomes not stated (absent, never 0); emptying a figure that is not there adds nothing', () => {
    const { value } = applyCorrections(
      bare,
      new Map([
        ['spending.personnel', undefined],
        ['revenue[事业收入]', undefined],
        ['functional.教育支出', undefined],
      ]),
    );
    const parsed = parseBudgetValue(value);
    expect(parsed.ok && parsed.budget.spending).toEqual({ basic: 109.25, project: 0, publicOperating: 11.06 });
    expect(parsed.ok && [parsed.budget.revenue, parsed.budget.functional]).toEqual([[], []]);
  });

  it('reports a bad correction at the path validation names', () => {
    const { value, locations } = applyCorrections(
      budget,
      new Map([
        ['threePublic.reception', -0.1],
        ['stated.revenueSharesPct.上年结转', 0.5],
      ]),
    );
    const parsed = parseBudgetValue(value);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual([locations.get('threePublic.reception')]);
  });

  it('offers an input for numbers with a place in the file only', () => {
    expect(['total', 'revenue[一般公共预算拨款收入]', 'assets.vehiclesByKind.轿车', 'stated.totalGrowthPct'].every(canCorrect)).toBe(true);
    expect(['stated.totalChangeReason', 'functional.一般公共服务支出#purpose', 'generalBudget', 'keyWork', 'functional'].some(canCorrect)).toBe(false);
  });
});
