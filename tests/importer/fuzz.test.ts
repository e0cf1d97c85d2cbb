// @vitest-environment node
/**
 * Whatever text arrives — random, a truncated or shuffled explanation — the
 * importer answers with a report and never falls into its last-resort catch.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBudgetValue } from '@/data/parseBudget';
import { importExplanation, type ImportResult } from '@/importer';
import { filled } from './support/draft';
import { FIXTURE_DIR } from './support/fixtures';
import { loadShared } from './support/score';

const seed = readFileSync('tests/fixtures/explanations/lushan-shebao-2021.md', 'utf8');
const seedLines = seed.split('\n');
/** Our variants of real explanations (no title, tables, 三公 only…): other shapes to cut and shuffle. */
const variants = loadShared(FIXTURE_DIR).map((c) => c.text);

function expectWellFormed(result: ImportResult): void {
  expect(result.report.error?.code).not.toBe('internal');
  expect(Array.isArray(result.report.found)).toBe(true);
  expect(Array.isArray(result.report.notFound)).toBe(true);
  if (result.report.ok && result.draft) {
    expect(result.budget).toBeUndefined();
    expect(result.draft.toFill.length).toBeGreaterThan(0);
    expect(parseBudgetValue(filled(result.draft)).ok).toBe(true);
  } else if (result.report.ok) {
    expect(parseBudgetValue(result.budget).ok).toBe(true);
  } else {
    expect(result.budget).toBeUndefined();
    expect(result.report.error?.message).toBeTruthy();
  }
}

/** Text made of the pieces explanations are made of, in any order. */
const pieces = fc.constantFrom(
  '收支总预算',
  '万元',
  '元',
  '，',
  '。',
  '；',
  '：',
  '（一）',
  '一、',
  '1.',
  '\n',
  '\n\n',
  '\f',
  ' ',
  '比 2020 年',
  '增加',
  '减少',
  '占',
  '%',
  '约',
  '(类)',
  '(款)',
  '(项)',
  '主要用于：',
  '3 月底前',
  '每月',
  '1-3月',
  '，',
  '1,234.5',
  '１０９．２５',
  '2021 年',
  '重点工作',
  '“三公”经费',
  '人员经费',
);
const explanationish = fc.array(fc.oneof(pieces, fc.nat(99999).map(String), fc.string({ maxLength: 6 })), { maxLength: 200 }).map((p) => p.join(''));

describe('importExplanation under fuzzing', () => {
  it('answers random text with a report', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), (text) => expectWellFormed(importExplanation(text))),
      { numRuns: 300 },
    );
  }, 60_000);

  it('answers text made of explanation pieces in any order', () => {
    fc.assert(
      fc.property(explanationish, (text) => expectWellFormed(importExplanation(`# 某单位 2021 年部门预算编制说明\n${text}`))),
      { numRuns: 300 },
    );
  }, 60_000);

  it('answers the seed cut anywhere', () => {
    fc.assert(
      fc.property(fc.nat(seed.length), (n) => expectWellFormed(importExplanation(seed.slice(0, n)))),
      { numRuns: 200 },
    );
  }, 60_000);

  it('answers the seed with its lines shuffled or dropped, and never invents a total', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(seedLines), (lines) => {
        const result = importExplanation(lines.join('\n'));
        expectWellFormed(result);
        if (result.budget) expect(result.budget.total).toBe(109.25);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('answers the variants of real explanations cut anywhere, shuffled or with lines dropped', () => {
    const mangled = fc.constantFrom(...variants).chain((text) =>
      fc.oneof(
        fc.nat(text.length).map((n) => text.slice(0, n)),
        fc.shuffledSubarray(text.split('\n')).map((l) => l.join('\n')),
      ),
    );
    fc.assert(
      fc.property(mangled, (text) => expectWellFormed(importExplanation(text))),
      { numRuns: 200 },
    );
  }, 60_000);

  it('answers inputs that are not strings at all', () => {
    expectWellFormed(importExplanation(undefined as unknown as string));
    expectWellFormed(importExplanation('x'.repeat(200_000)));
    expectWellFormed(importExplanation('1'.repeat(50_000)));
  });
});
