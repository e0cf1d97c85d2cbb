/**
 * Explanations written in the variants real units publish (see
 * tests/fixtures/explanations/README.md), each with hand-checked figures.
 */
import { describe, expect, it } from 'vitest';
import { importExplanation } from '@/importer';
import { compare, loadFixtures } from './support/fixtures';

const fixtures = loadFixtures();

describe('fixture explanations', () => {
  it('has the seed and at least 8 explanations of other units', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(9);
  });

  describe.each(fixtures)('$name', (fixture) => {
    const result = importExplanation(fixture.text);

    it('imports to a valid budget file', () => {
      expect(result.report.error).toBeUndefined();
      expect(result.budget).toBeDefined();
    });

    it('finds every hand-checked figure, and no figure the document does not state', () => {
      const { missing, wrong } = compare(fixture, result);
      expect({ missing, wrong }).toEqual({ missing: [], wrong: [] });
    });

    it('reports the conflicts and the unsure figures', () => {
      expect(result.report.conflicts.map((c) => c.path).sort()).toEqual([...fixture.expected.conflicts].sort());
      for (const n of fixture.expected.notFound) expect(result.report.notFound).toContainEqual(expect.objectContaining(n));
    });

    it('flags the figures written with 约/近 as approximate', () => {
      const flagged = result.report.found.filter((f) => f.approximate).map((f) => f.path);
      expect(flagged.sort()).toEqual([...(fixture.expected.approximate ?? [])].sort());
    });
  });
});
