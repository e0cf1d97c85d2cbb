/**
 * Scores an import against an expected file in the shared format of
 * ../shared/explanations: nested contract paths, `revenue` and `functional` as
 * name → amount maps, `stated.*` the document's own claims, amounts in the
 * text's unit. Amounts are compared in exact 分 across 元/千元/万元/亿元; counts
 * and percentages are never rescaled.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UNIT_EXPONENT, type MoneyUnit } from '@/domain/money';
import type { ImportResult } from '@/importer';

type Leaf = number | string;
type Flat = Record<string, Leaf>;

export interface SharedCase {
  name: string;
  text: string;
  expected: Record<string, unknown>;
}

/** Names the importer writes for a claim the corpus files under another key. */
const ALIASES: Record<string, string> = {
  'stated.totalGrowthPct': 'stated.totalChangePct',
  'previousYear.threePublic.total': 'stated.previousYearThreePublicTotal',
};

/** Keys that are not figures: descriptions and the year (scored apart as a name/year hit). */
const SKIP = new Set(['notes', 'variant', 'unit', 'fiscalYear', 'formatVersion', 'source', 'keyWork', 'glossary']);

function flatten(value: unknown, prefix: string, out: Flat): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'number' || typeof value === 'string') {
    out[ALIASES[prefix] ?? prefix] = value;
    return;
  }
  if (Array.isArray(value) || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (SKIP.has(key)) continue;
    flatten(v, prefix ? `${prefix}.${key}` : key, out);
  }
}

/** Numeric figures of an expected file (the `#fig` of the corpus README), by contract path. */
export function expectedFigures(expected: Record<string, unknown>): Flat {
  const out: Flat = {};
  flatten({ ...expected, department: undefined }, '', out);
  return Object.fromEntries(Object.entries(out).filter(([, v]) => typeof v === 'number'));
}

/** The same shape from a budget file (or a draft's value): lists become name → amount maps. */
export function actualFigures(value: Record<string, unknown> | undefined): Flat {
  if (!value) return {};
  const named = (list: unknown): Record<string, unknown> => {
    const map: Record<string, unknown> = {};
    if (Array.isArray(list)) for (const item of list as { name?: string; amount?: number }[]) if (item?.name !== undefined) map[item.name] = item.amount;
    return map;
  };
  const prev = value.previousYear as Record<string, unknown> | undefined;
  const stated = { ...(value.stated as Record<string, unknown> | undefined) };
  delete stated.threePublicVsPrevious;
  const out: Flat = {};
  flatten(
    {
      ...value,
      department: undefined,
      revenue: named(value.revenue),
      functional: named(value.functional),
      previousYear: prev ? { ...prev, fiscalYear: undefined } : undefined,
      stated,
      procurementPurpose: undefined,
      funds: undefined,
    },
    '',
    out,
  );
  return Object.fromEntries(Object.entries(out).filter(([, v]) => typeof v === 'number'));
}

function kindOf(path: string): 'count' | 'pct' | 'amount' {
  if (/^(?:staffing|assets)\.|subordinateUnits/.test(path)) return 'count';
  if (/Pct/.test(path)) return 'pct';
  return 'amount';
}

/** Exact 分 of a decimal in `unit` as a string of digits (big enough for any real budget). */
function toFenString(value: number, unit: MoneyUnit): string {
  const sign = value < 0 ? '-' : '';
  const [int = '0', frac = ''] = Math.abs(value).toString().split('.');
  const exp = UNIT_EXPONENT[unit];
  const digits = (int + frac.padEnd(exp, '0').slice(0, exp) + (frac.length > exp ? `.${frac.slice(exp)}` : '')).replace(/^0+(?=\d)/, '');
  return sign + digits;
}

function sameFigure(path: string, a: number, unitA: MoneyUnit, b: number, unitB: MoneyUnit): boolean {
  if (kindOf(path) !== 'amount') return a === b;
  return toFenString(a, unitA) === toFenString(b, unitB);
}

export interface Score {
  expected: number;
  found: string[];
  missing: string[];
  wrong: { path: string; expected: Leaf; actual: Leaf }[];
  /** Produced where the expected file has nothing; `derived` when computed from a whole and its other parts. */
  unexpected: { path: string; actual: Leaf; derived?: boolean }[];
  refused: boolean;
  nameHit: boolean | undefined;
  yearHit: boolean | undefined;
}

export function scoreShared(c: SharedCase, result: ImportResult): Score {
  const exp = c.expected;
  const value = (result.budget as Record<string, unknown> | undefined) ?? result.draft?.value;
  const expUnit = (exp.unit as MoneyUnit | undefined) ?? '万元';
  const actUnit = (value?.unit as MoneyUnit | undefined) ?? expUnit;
  const want = expectedFigures(exp);
  const got = actualFigures(value);
  const score: Score = {
    expected: Object.keys(want).length,
    found: [],
    missing: [],
    wrong: [],
    unexpected: [],
    refused: !value,
    nameHit: undefined,
    yearHit: undefined,
  };
  for (const [path, w] of Object.entries(want)) {
    const g = got[path];
    if (g === undefined) score.missing.push(path);
    else if (typeof g === 'number' && sameFigure(path, w as number, expUnit, g, actUnit)) score.found.push(path);
    else score.wrong.push({ path, expected: w, actual: g });
  }
  const derived = new Set(result.report.found.filter((f) => f.derived).map((f) => f.path));
  for (const [path, g] of Object.entries(got)) if (!(path in want)) score.unexpected.push({ path, actual: g, ...(derived.has(path) ? { derived: true } : {}) });
  const expName = (exp.department as { name?: string } | undefined)?.name;
  const gotName = (value?.department as { name?: string } | undefined)?.name;
  if (expName !== undefined) score.nameHit = gotName === expName;
  else if (gotName !== undefined) score.unexpected.push({ path: 'department.name', actual: gotName });
  if (exp.fiscalYear !== undefined) score.yearHit = value?.fiscalYear === exp.fiscalYear;
  else if (value?.fiscalYear !== undefined) score.unexpected.push({ path: 'fiscalYear', actual: value.fiscalYear as number });
  return score;
}

/** Every `<name>.md|.txt` with a shared-format `<name>.expected.json` beside it. */
export function loadShared(dir: string): SharedCase[] {
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
    .sort()
    .flatMap((file) => {
      const name = file.replace(/\.(md|txt)$/, '');
      let expected: Record<string, unknown>;
      try {
        expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
      } catch {
        return [];
      }
      if ('figures' in expected || 'figuresFrom' in expected) return [];
      return [{ name, text: readFileSync(join(dir, file), 'utf8'), expected }];
    });
}
