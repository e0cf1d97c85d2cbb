import { describe, expect, it } from 'vitest';
import { compareBudgets } from '@/domain/compare';
import { loadBudgetFile, seed } from '../support/seed';

const edu2021 = loadBudgetFile('tests/fixtures/valid/example-edu-2021-wanyuan.json').model; // 万元
const edu2022 = loadBudgetFile('tests/fixtures/valid/example-edu-2022-yuan.json').model; // 元
const culture = loadBudgetFile('tests/fixtures/valid/example-culture-2022-lei-only.json').model;

const byName = <T extends { name: string }>(rows: T[], name: string) => rows.find((r) => r.name === name);

describe('comparing the same unit in two years (万元 file against a 元 file)', () => {
  const comparison = compareBudgets(edu2022, edu2021);

  it('puts the earlier year on the left whichever is on screen', () => {
    expect(comparison.kind).toBe('years');
    expect([comparison.left.fiscalYear, comparison.right.fiscalYear]).toEqual([2021, 2022]);
    expect(compareBudgets(edu2021, edu2022).left.fiscalYear).toBe(2021);
    expect(comparison.unitsDiffer).toBe(true);
  });

  it('reconciles units exactly: 1180.16 万元 → 12,500,000.50 元 is +698,400.50 元', () => {
    const education = byName(comparison.rows, '教育支出')!;
    expect(education.left.amount).toBe(1_180_160_000);
    expect(education.right.amount).toBe(1_250_000_050);
    expect(education.change).toBe(69_840_050);
    const total = comparison.headline.find((h) => h.key === 'total')!;
    expect(total.change).toBe(-23_159_925); // 14,770,000.75 − 15,001,600 元
  });

  it('lists categories that appeared or disappeared, only at their topmost level', () => {
    expect(comparison.appeared.map((r) => r.id)).toEqual(['教育支出›普通教育›学前教育', '教育支出›职业教育', '卫生健康支出']);
    expect(comparison.disappeared.map((r) => r.id)).toEqual(['教育支出›教育费附加安排的支出', '文化旅游体育与传媒支出']);
    const culture = byName(comparison.rows, '文化旅游体育与传媒支出')!;
    expect(culture).toMatchObject({ presence: 'leftOnly', left: { amount: 150_000_000 } });
    expect(culture.right.amount).toBeUndefined();
    expect(culture.change).toBeUndefined();
  });

  it('narrows to the filtered category on both sides: the 款 under 教育支出', () => {
    const filtered = compareBudgets(edu2022, edu2021, '教育支出');
    expect(filtered.scope?.change).toBe(69_840_050);
    expect(filtered.rows.map((r) => [r.name, r.presence])).toEqual([
      ['普通教育', 'both'],
      ['教育费附加安排的支出', 'leftOnly'],
      ['职业教育', 'rightOnly'],
    ]);
    expect(filtered.appeared.map((r) => r.name)).toEqual(['学前教育', '职业教育']);
    expect(filtered.disappeared.map((r) => r.name)).toEqual(['教育费附加安排的支出']);
  });

  it('lists a filtered category that exists on one side only as itself', () => {
    const filtered = compareBudgets(edu2022, edu2021, '卫生健康支出');
    expect(filtered.scope?.presence).toBe('rightOnly');
    expect(filtered.appeared.map((r) => r.id)).toEqual(['卫生健康支出']);
  });
});

describe('comparing two units', () => {
  const comparison = compareBudgets(seed.model, culture);

  it('keeps the budget on screen on the left and compares shares of each total', () => {
    expect(comparison.kind).toBe('units');
    expect(comparison.left.department.name).toBe('芦山县社会保险事务中心');
    const housing = byName(comparison.rows, '住房保障支出')!;
    expect(housing.left.share).toBeCloseTo(9.794, 3); // 10.7 / 109.25
    expect(housing.right.share).toBeCloseTo(5.651, 3); // 12 / 212.35
  });

  it('divides by the people in service on each side, to the nearest 分', () => {
    const total = comparison.headline.find((h) => h.key === 'total')!;
    expect(total.left.perPerson).toBe(12_138_889); // 109.25 万元 / 9
    expect(total.right.perPerson).toBe(17_695_833); // 212.35 万元 / 12
    expect(comparison.people).toEqual({ left: 9, right: 12 });
  });

  it('does not call A’s 款 "only in A" where B states their 类 as a whole, and names the 类 instead', () => {
    expect(comparison.disappeared.map((r) => r.id)).toEqual(['一般公共服务支出', '教育支出', '卫生健康支出']);
    expect(comparison.appeared.map((r) => r.id)).toEqual(['文化旅游体育与传媒支出']);
    expect(comparison.undivided.map((u) => [u.category.id, u.side])).toEqual([
      ['社会保障和就业支出', 'right'],
      ['住房保障支出', 'right'],
    ]);
  });

  it('keeps a figure one side does not state as not stated, never 0', () => {
    const project = comparison.headline.find((h) => h.key === 'project')!;
    expect(project.left.amount).toBe(0);
    expect(project.right.amount).toBeUndefined();
    expect(project.change).toBeUndefined();
    const education = byName(comparison.rows, '教育支出')!;
    expect(education.presence).toBe('leftOnly');
    expect(education.left.amount).toBeUndefined();
  });
});
