// @vitest-environment node
/**
 * Our own explanations (made-up units and figures) in the shared corpus format,
 * each reproducing a variant of the real ones: every figure found, none wrong,
 * nothing produced that the text does not state.
 */
import { describe, expect, it } from 'vitest';
import { importExplanation } from '@/importer';
import { FIXTURE_DIR } from './support/fixtures';
import { loadShared, scoreShared } from './support/score';

const cases = loadShared(FIXTURE_DIR);

describe('variants of real explanations, in our own words', () => {
  it('has at least five of them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(cases)('$name', (c) => {
    const score = scoreShared(c, importExplanation(c.text));

    it('reads every stated figure, the name and the year, and nothing else', () => {
      expect({ refused: score.refused, missing: score.missing, wrong: score.wrong, unexpected: score.unexpected }).toEqual({
        refused: false,
        missing: [],
        wrong: [],
        unexpected: [],
      });
      expect(score.nameHit ?? true).toBe(true);
      expect(score.yearHit ?? true).toBe(true);
    });
  });
});
