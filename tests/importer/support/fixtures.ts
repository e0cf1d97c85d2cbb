/**
 * The fixture explanations and their hand-checked figures, and the comparison
 * used both by the fixture test and by `npm run import:report`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBudgetText } from '@/data/parseBudget';
import { figureMap, type FigureMap, type FigureMapValue } from '@/importer/figureMap';
import type { ImportResult, NotFoundReason } from '@/importer';

export const FIXTURE_DIR = 'tests/fixtures/explanations';

export interface Expected {
  variant: string;
  /** Figures as figureMap paths; or… */
  figures?: FigureMap;
  /** …a hand-made budget file whose figures are the expected ones. */
  figuresFrom?: string;
  /** Figures written with 约/近: kept, and flagged approximate in the report. */
  approximate?: string[];
  /** Paths the import must not produce (the document does not state them, or states them unsurely). */
  absent: string[];
  conflicts: string[];
  notFound: { path: string; reason: NotFoundReason }[];
}

export interface Fixture {
  name: string;
  file: string;
  text: string;
  expected: Expected;
  figures: FigureMap;
}

export function loadFixtures(dir = FIXTURE_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
    .sort()
    .flatMap((file) => {
      const name = file.replace(/\.(md|txt)$/, '');
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
      // Fixtures in the shared corpus format are scored by ./score instead.
      if (!expected.figures && !expected.figuresFrom) return [];
      let figures = expected.figures ?? {};
      if (expected.figuresFrom) {
        const parsed = parseBudgetText(readFileSync(expected.figuresFrom, 'utf8'));
        if (!parsed.ok) throw new Error(`${expected.figuresFrom} does not parse`);
        // Figures listed beside the file are those the hand-made file lacks.
        figures = { ...figureMap(parsed.budget), ...figures };
      }
      return [{ name, file: join(dir, file), text: readFileSync(join(dir, file), 'utf8'), expected, figures }];
    });
}

export interface Comparison {
  found: string[];
  missing: string[];
  wrong: { path: string; expected: FigureMapValue | '(absent)'; actual: FigureMapValue }[];
}

const same = (a: FigureMapValue, b: FigureMapValue): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Expected figures found, missing and wrong; a figure produced where the document states none is wrong. */
export function compare(fixture: Fixture, result: ImportResult): Comparison {
  const actual = result.budget ? figureMap(result.budget) : {};
  const out: Comparison = { found: [], missing: [], wrong: [] };
  for (const [path, value] of Object.entries(fixture.figures)) {
    if (!(path in actual)) out.missing.push(path);
    else if (same(actual[path]!, value)) out.found.push(path);
    else out.wrong.push({ path, expected: value, actual: actual[path]! });
  }
  for (const path of fixture.expected.absent) if (path in actual) out.wrong.push({ path, expected: '(absent)', actual: actual[path]! });
  return out;
}
