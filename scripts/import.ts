/**
 * npm run import -- <file> [-o out.json]
 * Reads a budget explanation (.md, .txt, .docx or .pdf), prints the budget file as
 * JSON (or writes it with -o) and the report to stderr. Exits 1 when the file is not
 * a budget explanation or cannot be read, 2 on a usage error, 3 when the text lacks
 * the unit's name, the year or the total: the draft is written and the fields to
 * fill in are named.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { importer as importerLabels } from '../src/i18n/messages/importer';
import { Translator } from '../src/i18n/translator';
import { importExplanation, type ImportResult, type Provenance } from '../src/importer';
import type { SourceProblem } from '../src/importer/source/problem';
import { problemMessage } from '../src/importer/source/problemMessage';
import { readSource } from '../src/importer/source/readSource';

const USAGE = 'usage: npm run import -- <explanation.md|.txt|.docx|.pdf> [-o out.json]';

/** pdf.js's predefined CJK CMaps, for PDFs whose fonts rely on them. */
const CMAPS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps/');

function problemLines(problem: SourceProblem): string[] {
  return (['zh-CN', 'en'] as const).map((language) => {
    const labels = new Translator(language, { importer: importerLabels });
    return problemMessage(problem, (key, options) => labels.t(key, options, 'importer'));
  });
}

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
  const source = await readSource(new Uint8Array(bytes), args.file, { cMapUrl: CMAPS });
  if (!source.ok) {
    process.stderr.write(`${args.file}: not read.\n${problemLines(source.problem).map((line) => `  ${line}\n`).join('')}`);
    return 1;
  }
  const result = importExplanation(source.text.replace(/^\ufeff/, ''));
  const value = result.budget ?? result.draft?.value;
  if (!result.report.ok || !value) {
    const e = result.report.error;
    process.stderr.write(`${args.file}: not imported.\n  ${e?.messageZh ?? ''}\n  ${e?.message ?? 'unknown error'}\n`);
    for (const w of result.report.warnings) process.stderr.write(`  ${w}\n`);
    return 1;
  }
  const json = `${JSON.stringify(value, null, 2)}\n`;
  if (args.out) writeFileSync(args.out, json);
  else process.stdout.write(json);
  printReport(result, args.file);
  if (args.out) process.stderr.write(`written to ${args.out}\n`);
  if (!result.draft) return 0;
  process.stderr.write(`draft: not a complete budget file yet. Fill in ${result.draft.toFill.join(', ')} (待补填：${result.draft.toFill.join('、')}).\n`);
  return 3;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
