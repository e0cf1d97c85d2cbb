import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBudgetBytes } from '@/data/decodeText';
import { describeIssue } from '@/data/issueMessages';
import { findForbiddenKeys, findTooDeep } from '@/data/integrity';
import { parseBudgetText, parseBudgetValue } from '@/data/parseBudget';

const eduText = readFileSync('tests/fixtures/valid/example-edu-2021-wanyuan.json', 'utf8');
const edu = () => JSON.parse(eduText) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test edits arbitrary paths

function issuesOf(value: unknown) {
  const result = parseBudgetText(typeof value === 'string' ? value : JSON.stringify(value));
  if (result.ok) throw new Error('expected a rejection');
  return result.issues;
}

describe('validation hardening', () => {
  it('rejects a "__proto__" key written in the file, naming it, in both languages', () => {
    const [issue] = issuesOf(eduText.replace('"fiscalYear": 2021,', '"fiscalYear": 2021, "__proto__": {"polluted": true},'));
    expect(issue?.path).toBe('__proto__');
    expect(describeIssue(issue!, 'zh-CN')).toContain('不允许的键名“__proto__”');
    expect(describeIssue(issue!, 'en')).toContain('key "__proto__" is not allowed');
  });

  it('names a hole in a list by its path instead of failing as a whole (found by fuzzing)', () => {
    const value = edu();
    value.keyWork[value.keyWork.length + 1] = null; // leaves a hole before the null
    const result = parseBudgetValue(value);
    if (result.ok) throw new Error('expected a rejection');
    expect(result.issues.filter((i) => i.path === '(root)')).toEqual([]);
    expect(result.issues.map((i) => i.path)).toContain(`keyWork[${value.keyWork.length - 2}]`);
  });

  it('rejects a duplicate milestone id across tasks and says where it was first used', () => {
    const file = edu();
    file.keyWork[1].milestones[0].id = 'safety-review';
    const [issue] = issuesOf(file);
    expect(issue?.path).toBe('keyWork[1].milestones[0].id');
    expect(describeIssue(issue!, 'zh-CN')).toBe('重复的标识“safety-review”，与 keyWork[0].milestones[1].id 相同；应各不相同');
  });

  it('rejects two sibling categories with the same name but allows the same name under different parents', () => {
    const file = edu();
    file.functional[0].children[1].name = '普通教育';
    expect(issuesOf(file).map((i) => i.path)).toEqual(['functional[0].children[1].name']);
    const ok = edu();
    ok.functional[1].children[0].name = '普通教育';
    expect(parseBudgetText(JSON.stringify(ok)).ok).toBe(true);
  });

  it.each([
    ['a zero-width space', (name: string) => `${name.slice(0, 1)}\u200B${name.slice(1)}`],
    ['a zero-width joiner at the end', (name: string) => `${name}\u200D`],
    ['decomposed accents', () => 'Cafe\u0301'],
  ])('rejects sibling names that differ only by %s', (_what, variant) => {
    const file = edu();
    const first: string = file.functional[0].children[0].name;
    if (variant(first).startsWith('Cafe')) file.functional[0].children[0].name = 'Caf\u00e9';
    file.functional[0].children[1].name = variant(first);
    const [issue] = issuesOf(file);
    expect(issue?.path).toBe('functional[0].children[1].name');
    expect(describeIssue(issue!, 'zh-CN')).toContain('与 functional[0].children[0].name 相同');
  });

  it('walks a value 100,000 levels deep without copying its path at every level, and names the path where it is found', () => {
    let value: unknown = JSON.parse('{"constructor": 1}');
    for (let i = 0; i < 100_000; i += 1) value = [value];
    const [issue] = findForbiddenKeys(value);
    expect(issue?.path).toHaveLength(100_001);
    expect(issue?.path.at(-1)).toBe('constructor');
    expect(findTooDeep(value, 64)).toEqual(Array.from({ length: 65 }, () => 0));
  });

  it('reports schema problems and duplicate ids together, not only the first kind', () => {
    const file = edu();
    file.total = 'many';
    file.keyWork[1].id = 'school-safety';
    expect(issuesOf(file).map((i) => i.path)).toEqual(expect.arrayContaining(['total', 'keyWork[1].id']));
  });

  it('reports a precision problem together with a duplicate id', () => {
    const file = edu();
    file.total = 1500.12345;
    file.keyWork[1].id = 'school-safety';
    expect(issuesOf(file).map((i) => i.path)).toEqual(['keyWork[1].id', 'total']);
  });
});

describe('reading file bytes', () => {
  it('accepts UTF-8 with a byte-order mark (as Windows Notepad saves it)', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(eduText)]);
    const result = parseBudgetText(decodeBudgetBytes(bytes));
    expect(result.ok && result.model.department.name).toBe('示例县教育和体育局');
  });

  it('reads a GB18030 (GBK) file and a UTF-16 file with their Chinese names intact', () => {
    const gbk = new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xbd, 0xcc, 0xd3, 0xfd, 0x22, 0x7d]); // {"n":"教育"} in GBK
    expect(JSON.parse(decodeBudgetBytes(gbk))).toEqual({ n: '教育' });
    const text = '{"n":"教育"}';
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    expect(JSON.parse(decodeBudgetBytes(utf16))).toEqual({ n: '教育' });
  });
});

describe('every problem at once', () => {
  it('reports a precision problem together with schema problems elsewhere in the file', () => {
    const file = edu();
    file.fiscalYear = '2021';
    file.functional[0].children[0].amount = 980.12345;
    file.revenue = 'see table';
    expect(issuesOf(file).map((i) => i.path)).toEqual(['fiscalYear', 'revenue', 'functional[0].children[0].amount']);
  });

  it('says one thing per path: a negative amount with too many decimals is reported once', () => {
    const file = edu();
    file.total = -1500.12345;
    expect(issuesOf(file).map((i) => [i.path, i.code])).toEqual([['total', 'too_small']]);
  });
});
