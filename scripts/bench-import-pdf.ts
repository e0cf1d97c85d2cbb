/**
 * npm run bench:import:pdf
 * Times a 300-page PDF through the whole import: pdf.js reading its text layer,
 * lines rebuilt from positions, furniture dropped, then the text importer. The PDF
 * is made here with pdf-lib from the seed's text (repeated), with an embedded CJK
 * font, a running header and page footers, as a word processor exports one.
 * Budget: under 2 s (median wall time of the read + import). Exits 1 when over it.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { importExplanation } from '../src/importer';
import { loadPdfjs } from '../src/importer/pdf/loadPdfjs';
import { pdfToText } from '../src/importer/pdf/pdfText';
import { makePdf } from '../tests/importer/support/makePdf';

const PAGES = 300;
const BUDGET_MS = 2000;
const RUNS = 5;

const seed = readFileSync('tests/fixtures/explanations/lushan-shebao-2021.md', 'utf8').replace(/^#+ /gm, '');

async function pageCount(pdf: Uint8Array): Promise<number> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: pdf.slice(), verbosity: 0 });
  const count = (await task.promise).numPages;
  await task.destroy();
  return count;
}

const t0 = performance.now();
// The seed fills a few pages: repeat it until the PDF has at least PAGES pages.
const make = (repeat: number) => makePdf(seed, { header: '部门预算公开 · 基准测试', repeat });
let repeat = Math.ceil(PAGES / (await pageCount(await make(1))));
let pdf = await make(repeat);
let pages = await pageCount(pdf);
while (pages < PAGES) {
  repeat = Math.ceil((repeat * PAGES) / pages);
  pdf = await make(repeat);
  pages = await pageCount(pdf);
}
console.log(`made a ${pages}-page PDF (${(pdf.length / 1024).toFixed(0)} KB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const read: number[] = [];
const total: number[] = [];
const cpu: number[] = [];
for (let i = 0; i <= RUNS; i++) {
  const c0 = process.cpuUsage();
  const start = performance.now();
  const source = await pdfToText(pdf);
  const afterRead = performance.now();
  if (!source.ok) throw new Error(`the benchmark PDF was not read: ${source.problem.kind}`);
  const result = importExplanation(source.text);
  const end = performance.now();
  const c = process.cpuUsage(c0);
  if (i === 0) {
    // The first run loads pdf.js and warms the JIT.
    if (!result.report.ok) throw new Error(`the benchmark PDF did not import: ${result.report.error?.message}`);
    continue;
  }
  read.push(afterRead - start);
  total.push(end - start);
  cpu.push((c.user + c.system) / 1000);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const stats = (xs: number[]): string => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
console.log(`${pages}-page PDF, ${RUNS} runs:`);
console.log(`  read (pdf.js + lines)  ${stats(read)}`);
console.log(`  read + import          ${stats(total)}`);
console.log(`  CPU time               ${stats(cpu)}  (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);
const ok = median(total) < BUDGET_MS;
console.log(ok ? `PASS: under ${BUDGET_MS} ms` : `FAIL: over ${BUDGET_MS} ms`);
process.exitCode = ok ? 0 : 1;
