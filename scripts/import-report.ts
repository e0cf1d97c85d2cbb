/**
 * npm run import:report
 * Imports every fixture explanation and prints, per fixture and in total, the
 * hand-checked figures found, missing and wrong (a figure the document does not
 * state counts as wrong), plus conflicts and unsure figures the report lists.
 */
import { importExplanation } from '../src/importer';
import { compare, loadFixtures } from '../tests/importer/support/fixtures';

const rows: string[][] = [['fixture', 'expected', 'found', 'missing', 'wrong', 'conflicts', 'unsure']];
const totals = { expected: 0, found: 0, missing: 0, wrong: 0 };
const details: string[] = [];

for (const fixture of loadFixtures()) {
  const result = importExplanation(fixture.text);
  const c = compare(fixture, result);
  const expected = Object.keys(fixture.figures).length;
  totals.expected += expected;
  totals.found += c.found.length;
  totals.missing += c.missing.length;
  totals.wrong += c.wrong.length;
  const unsure = result.report.notFound.filter((n) => n.reason !== 'absent').length;
  rows.push([
    fixture.name,
    String(expected),
    String(c.found.length),
    String(c.missing.length),
    String(c.wrong.length),
    String(result.report.conflicts.length),
    String(unsure),
  ]);
  if (result.report.error) details.push(`${fixture.name}: NOT IMPORTED — ${result.report.error.message}`);
  for (const m of c.missing) details.push(`${fixture.name}: missing ${m} = ${JSON.stringify(fixture.figures[m])}`);
  for (const w of c.wrong) details.push(`${fixture.name}: WRONG ${w.path}: expected ${JSON.stringify(w.expected)}, got ${JSON.stringify(w.actual)}`);
}
rows.push(['total', String(totals.expected), String(totals.found), String(totals.missing), String(totals.wrong), '', '']);

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
const line = (r: string[]): string => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
console.log(line(rows[0]!));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows.slice(1, -1)) console.log(line(r));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
console.log(line(rows[rows.length - 1]!));
if (details.length > 0) console.log(`\n${details.join('\n')}`);
process.exitCode = totals.wrong > 0 ? 1 : 0;
