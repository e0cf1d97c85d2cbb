/**
 * npm run import -- <file> [-o out.json]
 * Reads a budget explanation (.md, .txt or .docx), prints the budget file as JSON
 * (or writes it with -o) and the report to stderr. Exits 1 when the file is not a
 * budget explanation, 2 on a usage error. A text lacking its unit's name, year or
 * total is printed as a draft, with the fields to fill named on stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { importExplanation, type ImportResult, type Provenance } from '../src/importer';
import { importDocx } from '../src/importer/docx';

const USAGE = 'usage: npm run import -- <explanation.md|.txt|.docx> [-o out.json]';

function parseArgs(argv: string[]): { file: string; out?: string } | undefined {
  const rest = [...argv];
  let out: string | undefined;
  const at = rest.findIndex((a) => a === '-o' || a === '--out');
  if (at >= 0) {
    out = rest[at + 1];
    if (!out) return undefined;
    rest.splice(at, 2);
  }
  const file = rest.find((a) => !a.startsWith('-'));
  return file ? { file, ...(out ? { out } : {}) } : undefined;
}

function short(p: Provenance): string {
  const s = p.sentence.length > 70 ? `${p.sentence.slice(0, 69)}…` : p.sentence;
  return p.section ? `${s}  [${p.section.split(' › ').pop()}]` : s;
}

function printReport(result: ImportResult, file: string): void {
  const r = result.report;
  const log = (line = ''): void => void process.stderr.write(`${line}\n`);
  log(`${file}: ${r.found.length} figures found, ${r.notFound.length} not found, ${r.conflicts.length} conflicts (unit ${r.unit ?? '?'})`);
  for (const f of r.found) log(`  found     ${f.path} = ${f.value}${f.statements > 1 ? ` (stated ${f.statements}×)` : ''}  ← ${short(f.provenance)}`);
  for (const n of r.notFound) log(`  not found ${n.path} (${n.reason})${n.provenance ? `  ← ${short(n.provenance)}` : ''}`);
  for (const c of r.conflicts) {
    log(`  CONFLICT  ${c.path}: ${c.values.map((v) => v.value).join(' ≠ ')}`);
    for (const v of c.values) log(`            ${v.value}  ← ${short(v.provenance)}`);
  }
  for (const w of r.warnings) log(`  warning   ${w}`);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(args.file);
  } catch (error) {
    process.stderr.write(`cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const isDocx = /\.docx$/i.test(args.file) || bytes.subarray(0, 2).toString('latin1') === 'PK';
  const result = isDocx ? await importDocx(new Uint8Array(bytes)) : importExplanation(bytes.toString('utf8').replace(/^\ufeff/, ''));
  if (!result.report.ok || (!result.budget && !result.draft)) {
    const e = result.report.error;
    process.stderr.write(`${args.file}: not imported.\n  ${e?.messageZh ?? ''}\n  ${e?.message ?? 'unknown error'}\n`);
    for (const w of result.report.warnings) process.stderr.write(`  ${w}\n`);
    return 1;
  }
  const json = `${JSON.stringify(result.budget ?? result.draft?.value, null, 2)}\n`;
  if (args.out) writeFileSync(args.out, json);
  else process.stdout.write(json);
  printReport(result, args.file);
  // A draft is not yet a budget file: the review (or the user) must add what the text does not state.
  if (result.draft) process.stderr.write(`DRAFT: the text does not state ${result.draft.toFill.join(', ')}; fill them in before loading the file\n`);
  if (args.out) process.stderr.write(`written to ${args.out}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
