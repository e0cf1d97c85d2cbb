import { describe, expect, it } from 'vitest';
import { MAX_NAME_CHARS } from '@/data/budgetSchema';
import { describeIssue } from '@/data/issueMessages';
import { parseBudgetValue } from '@/data/parseBudget';
import { seed } from '../support/seed';

function parseEdited(edit: (file: typeof seed.file) => void) {
  const file = structuredClone(seed.file);
  edit(file);
  return parseBudgetValue(file);
}

describe('names are normalised on the way in', () => {
  it('drops a vertical tab and other controls, composes accents, replaces a lone surrogate', () => {
    const result = parseEdited((file) => {
      file.department.name = '芦山县\u000b社会保险\f事务中心\u0000';
      file.source.title = 'Cafe\u0301 \ud800';
      file.functional[0]!.name = '一般公共\u0008服务支出';
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.budget.department.name).toBe('芦山县社会保险事务中心');
    expect(result.budget.source.title).toBe('Café \ufffd');
    expect(result.model.department.name).toBe('芦山县社会保险事务中心');
    expect(result.budget.functional[0]!.name).toBe('一般公共服务支出');
  });

  it('keys naming categories are normalised the same way, so they still match their names', () => {
    const result = parseEdited((file) => {
      file.stated = { ...file.stated, functionalSharesPct: { 'Cafe\u0301\u000b': 1 } };
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(Object.keys(result.budget.stated?.functionalSharesPct ?? {})).toEqual(['Café']);
  });

  it('refuses a name longer than the cap, naming where it is', () => {
    const result = parseEdited((file) => {
      file.department.name = '名'.repeat(19 * 1024 * 1024);
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue).toMatchObject({ path: 'department.name', code: 'too_long' });
    expect(`${issue!.path}: ${describeIssue(issue!, 'zh-CN')}`).toBe(`department.name: 文本过长，应 ≤ ${MAX_NAME_CHARS} 个字符`);
    expect(describeIssue(issue!, 'en')).toBe(`text too long, expected ≤ ${MAX_NAME_CHARS} characters`);
  });

  it('a name only of control characters is empty, and refused as such', () => {
    const result = parseEdited((file) => {
      file.department.name = '\u000b\f';
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: 'department.name', code: 'empty' });
  });
});
