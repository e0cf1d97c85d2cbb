// @vitest-environment node
/** Wrong is worse than missing: unsure and conflicting figures stay out of the file and in the report. */
import { describe, expect, it } from 'vitest';
import { importExplanation } from '@/importer';

const doc = (body: string): string => `# 测试单位 2021 年部门预算编制说明\n\n## 一、收支预算情况说明\n\n测试单位 2021 年收支总预算 100 万元。\n\n${body}`;

describe('unsure and conflicting figures', () => {
  it('keeps an approximate figure as written and flags it for review with its sentence', () => {
    const r = importExplanation(doc('2021 年政府采购预算约 20 万元。'));
    expect(r.budget?.procurement).toBe(20);
    expect(r.report.found).toContainEqual(
      expect.objectContaining({
        path: 'procurement',
        approximate: true,
        provenance: expect.objectContaining({ sentence: '2021 年政府采购预算约 20 万元。' }),
      }),
    );
  });

  it('reports a figure stated twice with different values as a conflict and leaves it out', () => {
    const r = importExplanation(doc('人员经费 80 万元。\n\n## 二、其他\n\n人员经费 08 万元。'));
    expect(r.budget?.spending.personnel).toBeUndefined();
    expect(r.report.conflicts).toEqual([
      expect.objectContaining({ path: 'spending.personnel', values: [expect.objectContaining({ value: 80 }), expect.objectContaining({ value: 8 })] }),
    ]);
  });

  it('confirms a figure stated twice in different units with the same value', () => {
    const r = importExplanation(doc('全年收支总预算合计 1,000,000 元。'));
    expect(r.budget?.total).toBe(100);
    expect(r.report.found.find((f) => f.path === 'total')?.statements).toBe(2);
  });

  it('leaves out a bare number when the text never says its unit', () => {
    const r = importExplanation(doc('机关运行经费 12.5，比上年增加。'));
    expect(r.budget?.operatingExpenses).toBeUndefined();
    expect(r.report.notFound).toContainEqual(expect.objectContaining({ path: 'operatingExpenses', reason: 'ambiguous' }));
  });

  it('does not read 离退休人员 as retired staff', () => {
    const r = importExplanation(doc('离退休人员 47 人。'));
    expect(r.budget?.staffing?.retired).toBeUndefined();
    expect(r.budget?.staffing?.offDutyRetired).toBeUndefined();
  });

  it('does not take 类 amounts from a part of the budget smaller than the total', () => {
    const r = importExplanation(doc('## 二、财政拨款收支预算情况说明\n\n2021 年财政拨款收支总预算 90 万元。支出包括：教育支出 90 万元。'));
    expect(r.budget?.functional).toEqual([{ code: '205', name: '教育支出' }]);
    expect(r.report.warnings.join()).toContain('财政拨款');
  });
});

describe('texts that are not budget explanations', () => {
  it.each([
    ['', 'empty'],
    ['会议纪要：今天讨论了 3 件事。', 'not_explanation'],
    ['# 测试单位 2021 年部门决算说明\n\n收入支出决算总计 100 万元。', 'final_accounts'],
    ['# 测试单位 2021 年部门预算编制说明\n\n本单位职能是……', 'not_explanation'],
  ])('%j → %s', (text, code) => {
    const r = importExplanation(text);
    expect(r.budget).toBeUndefined();
    expect(r.report.error?.code).toBe(code);
    expect(r.report.error?.messageZh).toBeTruthy();
  });
});
