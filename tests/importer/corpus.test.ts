// @vitest-environment node
/**
 * The real published explanations beside the clone (../shared/explanations, also
 * in CI): at least 90 % of their stated figures found, none wrong, none refused.
 * Where the folder is absent the test is skipped with a message saying so.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importExplanation } from '@/importer';
import { loadShared, scoreShared } from './support/score';

const CORPUS = '../shared/explanations';
const present = existsSync(CORPUS);
const cases = present ? loadShared(CORPUS) : [];

describe.skipIf(!present)(`real explanations in ${CORPUS}`, () => {
  const scores = cases.map((c) => ({ name: c.name, score: scoreShared(c, importExplanation(c.text)) }));
  const expected = scores.reduce((a, s) => a + s.score.expected, 0);
  const found = scores.reduce((a, s) => a + s.score.found.length, 0);

  it('holds the 30 documents with their expected figures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it('refuses none of them', () => {
    expect(scores.filter((s) => s.score.refused).map((s) => s.name)).toEqual([]);
  });

  it('reads no figure wrong', () => {
    expect(scores.flatMap((s) => s.score.wrong.map((w) => `${s.name}: ${w.path} expected ${w.expected}, got ${w.actual}`))).toEqual([]);
  });

  it('finds at least 90 % of the stated figures', () => {
    expect(found / expected).toBeGreaterThanOrEqual(0.9);
  });
});

if (!present) {
  describe('real explanations', () => {
    it.skip(`skipped: ${CORPUS} is not beside this clone (CI has it)`, () => {});
  });
}
