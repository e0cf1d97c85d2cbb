import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBudgetBytes } from '@/data/decodeText';
import { describeIssue } from '@/data/issueMessages';
import { parseBudgetText } from '@/data/parseBudget';
import cases from '../fixtures/bad/cases.json';

const read = (file: string) => decodeBudgetBytes(new Uint8Array(readFileSync(`tests/fixtures/bad/${file}`)));

describe('malformed budget files (tests/fixtures/bad)', () => {
  it('holds at least 30 of them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('$file is rejected, naming $paths', ({ file, paths }) => {
    const result = parseBudgetText(read(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.issues.map((issue) => issue.path);
    for (const path of paths) expect(found.some((p) => p.startsWith(path))).toBe(true);
    // Every problem reads in both languages, none empty.
    for (const issue of result.issues) {
      expect(describeIssue(issue, 'zh-CN')).not.toBe('');
      expect(describeIssue(issue, 'en')).not.toBe('');
    }
  });

  it('leaves Object.prototype untouched after the __proto__ and constructor files', () => {
    for (const file of ['proto-key.json', 'constructor-key.json', 'proto-in-category.json']) parseBudgetText(read(file));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('amount');
  });
});
