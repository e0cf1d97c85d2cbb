/**
 * npm run import:report [-- <folder>] [--detail]
 * Imports every explanation of a folder (default: our fixtures) and prints, per
 * file and in total: expected figures, found, missing, wrong, and unexpected ones
 * (produced at a path the expected file lacks), plus name/year hits and refusals.
 * Both expected formats are read: the shared corpus format (../shared/explanations)
 * and our fixtures' figureMap format.
 */
import { importExplanation } from '../src/importer';
import { compare, FIXTURE_DIR, loadFixtures } from '../tests/importer/support/fixtures';
import { loadShared, scoreShared } from '../tests/importer/support/score';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('-')) ?? FIXTURE_DIR;
const detail = args.includes('--detail');

const rows: string[][] = [['file', 'expected', 'found', 'missing', 'wrong', 'unexpected', 'name', 'year', 'refused']];
const totals = { expected: 0, found: 0, missing: 0, wrong: 0, unexpected: 0, names: 0, namesOf: 0, years: 0, yearsOf: 0, refused: 0, files: 0 };
const details: string[] = [];
const hit = (h: boolean | undefined): string => (h === undefined ? '-' : h ? 'yes' : 'NO');

for (const c of loadShared(dir)) {
  const result = importExplanation(c.text);
  const s = scoreShared(c, result);
  totals.files++;
  totals.expected += s.expected;
  totals.found += s.found.length;
  totals.missing += s.missing.length;
  totals.wrong += s.wrong.length;
  totals.unexpected += s.unexpected.length;
  if (s.nameHit !== undefined) totals.namesOf++;
  if (s.nameHit) totals.names++;
  if (s.yearHit !== undefined) totals.yearsOf++;
  if (s.yearHit) totals.years++;
  if (s.refused) totals.refused++;
  rows.push(
    [c.name, s.expected, s.found.length, s.missing.length, s.wrong.length, s.unexpected.length, hit(s.nameHit), hit(s.yearHit), s.refused ? 'REFUSED' : ''].map(
      String,
    ),
  );
  if (s.refused) details.push(`${c.name}: REFUSED — ${result.report.error?.message ?? ''}`);
  for (const w of s.wrong) details.push(`${c.name}: WRONG ${w.path}: expected ${w.expected}, got ${w.actual}`);
  for (const u of s.unexpected) details.push(`${c.name}: unexpected ${u.path} = ${u.actual}${u.derived ? ' (derived: whole minus its other parts)' : ''}`);
  if (detail) for (const m of s.missing) details.push(`${c.name}: missing ${m}`);
}

// Our own fixtures keep their figureMap format (paths, absent list, conflicts).
for (const fixture of dir === FIXTURE_DIR ? loadFixtures() : []) {
  const result = importExplanation(fixture.text);
  const c = compare(fixture, result);
  const expected = Object.keys(fixture.figures).length;
  totals.files++;
  totals.expected += expected;
  totals.found += c.found.length;
  totals.missing += c.missing.length;
  totals.wrong += c.wrong.length;
  const refused = !result.budget && !result.draft;
  if (refused) totals.refused++;
  rows.push([fixture.name, expected, c.found.length, c.missing.length, c.wrong.length, '-', '-', '-', refused ? 'REFUSED' : ''].map(String));
  if (refused) details.push(`${fixture.name}: REFUSED — ${result.report.error?.message ?? ''}`);
  for (const m of c.missing) details.push(`${fixture.name}: missing ${m} = ${JSON.stringify(fixture.figures[m])}`);
  for (const w of c.wrong) details.push(`${fixture.name}: WRONG ${w.path}: expected ${JSON.stringify(w.expected)}, got ${JSON.stringify(w.actual)}`);
}

const pct = totals.expected > 0 ? ((100 * totals.found) / totals.expected).toFixed(1) : '0';
rows.push(
  [
    'total',
    totals.expected,
    `${totals.found} (${pct} %)`,
    totals.missing,
    totals.wrong,
    totals.unexpected,
    `${totals.names}/${totals.namesOf}`,
    `${totals.years}/${totals.yearsOf}`,
    `${totals.refused}/${totals.files}`,
  ].map(String),
);

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
const line = (r: string[]): string => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
const rule = widths.map((w) => '-'.repeat(w)).join('  ');
console.log([line(rows[0]!), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1]!)].join('\n'));
if (details.length > 0) console.log(`\n${details.join('\n')}`);
process.exitCode = totals.wrong > 0 ? 1 : 0;
