/** fast-check: the parser and validator never throw and always explain a rejection, whatever the input. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateIds, findForbiddenKeys } from '@/data/integrity';
import { describeIssue } from '@/data/issueMessages';
import { parseBudgetText, parseBudgetValue, type ParseResult } from '@/data/parseBudget';

const seedText = readFileSync('public/data/lushan-shebao-2021.json', 'utf8');
const seedValue = JSON.parse(seedText) as Record<string, unknown>;

/** `fromJson`: the input came from JSON, so an internal exception (caught as a (root) "other") would be a bug. */
function wellFormed(result: ParseResult, fromJson = false): void {
  if (result.ok) {
    expect(Number.isSafeInteger(result.model.total)).toBe(true);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  if (fromJson) expect(result.issues.filter((i) => i.code === 'other' && i.path === '(root)')).toEqual([]);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(describeIssue(issue, 'zh-CN').length).toBeGreaterThan(0);
    expect(describeIssue(issue, 'en').length).toBeGreaterThan(0);
  }
}

/** The seed with one path replaced by an arbitrary value: near-valid files reach deep into the schema. */
const mutatedSeed = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...Object.keys(seedValue)), fc.string(), fc.nat(5)), { minLength: 1, maxLength: 4 }), fc.jsonValue())
  .map(([path, value]) => {
    const copy = JSON.parse(seedText) as Record<string | number, unknown>;
    let node: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      if (typeof next !== 'object' || next === null) break;
      node = next as Record<string | number, unknown>;
    }
    node[path.at(-1)!] = value;
    return copy;
  });

describe('parser and validator under fuzzing', { timeout: 30_000 }, () => {
  it('never throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => wellFormed(parseBudgetText(text))),
      { numRuns: 300 },
    );
  });

  it('never throw on arbitrary JSON text', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => wellFormed(parseBudgetText(text), true)),
      { numRuns: 500 },
    );
  });

  it('never throw on arbitrary values, prototype-less objects and odd keys included', () => {
    const anything = fc.anything({
      maxDepth: 5,
      withNullPrototype: true,
      withObjectString: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
      key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')),
    });
    fc.assert(
      fc.property(anything, (value) => {
        wellFormed(parseBudgetValue(value));
        expect(() => findForbiddenKeys(value)).not.toThrow();
        expect(() => findDuplicateIds(value)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('never throw on the seed with one part replaced, and never accept a broken amount', () => {
    fc.assert(
      fc.property(mutatedSeed, (value) => {
        const result = parseBudgetValue(value);
        wellFormed(result, true);
        if (result.ok) expect(result.model.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throw on the seed text cut at any point', () => {
    fc.assert(
      fc.property(fc.nat(seedText.length), (at) => wellFormed(parseBudgetText(seedText.slice(0, at)))),
      { numRuns: 300 },
    );
  });

  it('keeps Object.prototype clean', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
