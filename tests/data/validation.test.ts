import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '@/data/issueMessages';
import { parseBudgetText, parseBudgetValue, type ValidationIssue } from '@/data/parseBudget';
import type { Budget } from '@/data/budgetSchema';
import { toFen } from '@/domain/money';
import { categoryAt, seedInYuan } from './budgetVariants';
import { seed } from '../support/seed';

const seedText = readFileSync('public/data/lushan-shebao-2021.json', 'utf8');

function issuesOf(edit: (file: Budget & Record<string, unknown>) => void): ValidationIssue[] {
  const file = structuredClone(seed.file) as Budget & Record<string, unknown>;
  edit(file);
  const result = parseBudgetValue(file);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.issues;
}

const line = (issue: ValidationIssue, language: 'zh-CN' | 'en') => `${issue.path}: ${describeIssue(issue, language)}`;

describe('validation reports every problem at once, by JSON path', () => {
  it('names each wrong field of one file together', () => {
    const issues = issuesOf((file) => {
      categoryAt(file, '社会保障和就业支出', '行政事业单位离退休').amount = 'abc' as unknown as number;
      file.total = -1;
      (file.department as Record<string, unknown>).name = 42;
      file.unit = '美元' as Budget['unit'];
    });
    expect(issues.map((i) => i.path).sort()).toEqual(['department.name', 'functional[2].children[0].amount', 'total', 'unit']);
    const wrongType = issues.find((i) => i.path === 'functional[2].children[0].amount')!;
    expect(line(wrongType, 'en')).toBe('functional[2].children[0].amount: expected number');
    expect(line(wrongType, 'zh-CN')).toBe('functional[2].children[0].amount: 类型错误，应为 数字');
  });

  it('rejects a negative amount', () => {
    const [issue] = issuesOf((file) => (categoryAt(file, '住房保障支出', '住房改革支出', '住房公积金').amount = -10.7));
    expect(issue).toMatchObject({ path: 'functional[4].children[0].children[0].amount', code: 'too_small' });
    expect(describeIssue(issue!, 'en')).toBe('too small, expected ≥ 0');
    expect(describeIssue(issue!, 'zh-CN')).toBe('数值过小，应 ≥ 0');
  });

  it('rejects a 万元 figure with 5 decimals, and lists every such figure', () => {
    const issues = issuesOf((file) => {
      file.total = 109.25001;
      file.spending.personnel = 98.19001;
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['total', 'too_many_decimals'],
      ['spending.personnel', 'too_many_decimals'],
    ]);
    expect(describeIssue(issues[0]!, 'en')).toBe('too many decimals (≤ 4 decimals in 万元)');
    expect(describeIssue(issues[0]!, 'zh-CN')).toBe('小数位过多（≤ 4 位小数，单位 万元）');
  });

  it('accepts 4 decimals in 万元 (1 元) and 2 in 元 (1 分)', () => {
    const file = structuredClone(seed.file);
    file.total = 109.2501;
    expect(parseBudgetValue(file).ok).toBe(true);
    const yuan = structuredClone(seed.file);
    seedInYuan(yuan);
    yuan.procurement = 0.01;
    expect(parseBudgetValue(yuan).ok).toBe(true);
  });

  it('rejects a 元 figure with 3 decimals', () => {
    const issues = issuesOf((file) => {
      seedInYuan(file);
      file.procurement = 12.345;
    });
    expect(issues).toEqual([expect.objectContaining({ path: 'procurement', code: 'too_many_decimals', expected: '≤ 2 decimals in 元' })]);
  });

  it('accepts a whole 元 document of over a million 元 and converts it to the same 分', () => {
    const file = structuredClone(seed.file);
    seedInYuan(file);
    expect(file.total).toBe(1_092_500);
    const result = parseBudgetValue(file);
    expect(result.ok && result.model.total).toBe(toFen(109.25, '万元'));
  });

  it('rejects an unknown unit, naming the allowed ones', () => {
    const [issue] = issuesOf((file) => (file.unit = '美元' as Budget['unit']));
    expect(issue).toMatchObject({ path: 'unit', code: 'invalid_value' });
    expect(describeIssue(issue!, 'en')).toBe('invalid value, expected "元" | "千元" | "万元" | "亿元"');
    expect(describeIssue(issue!, 'zh-CN')).toBe('取值无效，应为 "元" | "千元" | "万元" | "亿元"');
  });

  it('rejects 1e400 (Infinity once parsed) as not a number', () => {
    const text = seedText.replace('"total": 109.25', '"total": 1e400');
    expect(text).not.toBe(seedText);
    const result = parseBudgetText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([expect.objectContaining({ path: 'total', code: 'invalid_type', expected: 'number' })]);
  });

  it('rejects an amount too large to keep exact in 分', () => {
    const [issue] = issuesOf((file) => (file.total = 1e12));
    expect(issue).toMatchObject({ path: 'total', code: 'too_large' });
    expect(describeIssue(issue!, 'zh-CN')).toBe('金额过大，无法精确计算');
    expect(describeIssue(issue!, 'en')).toBe('amount too large to compute exactly');
  });

  it.each(['2021-02-30', '2021-04-31', '2022-02-29'])('rejects %s, a day the calendar does not have, naming the path', (day) => {
    const [issue, ...rest] = issuesOf((file) => {
      file.keyWork![0]!.milestones[0]!.end = day;
    });
    expect(rest).toEqual([]);
    expect(line(issue!, 'zh-CN')).toBe('keyWork[0].milestones[0].end: 日期不存在（该月没有这一天），应为真实的日期');
    expect(line(issue!, 'en')).toBe('keyWork[0].milestones[0].end: not a real calendar day (the month has no such day)');
  });

  it('accepts 29 February in a leap year', () => {
    const file = structuredClone(seed.file);
    file.keyWork![0]!.milestones[0]!.end = '2024-02-29';
    expect(parseBudgetValue(file).ok).toBe(true);
  });

  it('says what a date should look like when its format is wrong', () => {
    const [issue] = issuesOf((file) => {
      file.keyWork![0]!.milestones[0]!.start = '2021/03';
    });
    expect(line(issue!, 'zh-CN')).toBe('keyWork[0].milestones[0].start: 格式错误，应为 2021-02 | 2021-02-28 | 2021-Q2 | 2021-H1');
    expect(line(issue!, 'en')).toBe('keyWork[0].milestones[0].start: wrong format, expected 2021-02 | 2021-02-28 | 2021-Q2 | 2021-H1');
  });

  it('says an empty name is empty, not "too small"', () => {
    const [issue] = issuesOf((file) => {
      file.department.name = '';
    });
    expect(line(issue!, 'zh-CN')).toBe('department.name: 不能为空');
    expect(line(issue!, 'en')).toBe('department.name: must not be empty');
  });

  it('reports text that is not JSON in both languages', () => {
    const result = parseBudgetText('{ "total": ');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ path: '(root)', code: 'not_json' });
    expect(describeIssue(result.issues[0]!, 'zh-CN')).toBe('不是有效的 JSON');
    expect(describeIssue(result.issues[0]!, 'en')).toBe('not valid JSON');
  });

  it('keeps unknown top-level keys and ignores them', () => {
    const result = parseBudgetValue({ ...seed.file, generatedBy: 'hand' });
    expect(result.ok).toBe(true);
  });
});
