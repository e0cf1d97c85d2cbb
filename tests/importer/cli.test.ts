/** The import command as a user runs it: JSON on stdout, report on stderr, exit codes. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBudgetText } from '@/data/parseBudget';
import { tempDir } from '../support/tempDir';
import { makeDocx } from './support/makeDocx';
import { makePdf, makeScannedPdf } from './support/makePdf';

const SEED = 'tests/fixtures/explanations/lushan-shebao-2021.md';

/** The bytes as a file of that name in a fresh folder; returns its path. */
function tempFile(name: string, bytes: string | Uint8Array): string {
  const path = join(tempDir('import-'), name);
  writeFileSync(path, bytes);
  return path;
}

function runImport(...args: string[]) {
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/import.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
}

/** A refusal: exit 1, no budget file written, the reason in both languages. */
function expectRefusal(run: ReturnType<typeof runImport>, zh: string, en: string): void {
  expect(run.status).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain(zh);
  expect(run.stderr).toContain(en);
}

describe('npm run import', () => {
  it('prints a valid budget file for the seed and the report on stderr, exit 0', () => {
    const run = runImport(SEED);
    expect(run.status).toBe(0);
    const parsed = parseBudgetText(run.stdout);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.budget.total).toBe(109.25);
    expect(run.stderr).toMatch(/71 figures found, 0 not found, 0 conflicts \(unit 万元\)/);
    expect(run.stderr).toContain('found     total = 109.25 (stated 3×)');
  }, 60_000);

  it('writes the file with -o and reads a .docx the same way', async () => {
    const dir = tempDir('import-');
    const docx = join(dir, 'seed.docx');
    writeFileSync(docx, await makeDocx(readFileSync(SEED, 'utf8').replace(/^#+ /gm, '')));
    const out = join(dir, 'out.json');
    const run = runImport(docx, '-o', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const parsed = parseBudgetText(readFileSync(out, 'utf8'));
    expect(parsed.ok && parsed.budget.keyWork?.length).toBe(11);
  }, 60_000);

  it('reads a .pdf to the same budget file as its text', async () => {
    const run = runImport(tempFile('seed.pdf', await makePdf(readFileSync(SEED, 'utf8').replace(/^#+ /gm, ''))));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(runImport(SEED).stdout));
  }, 60_000);

  it('says in both languages that a scanned PDF has no text, exit 1', async () => {
    const run = runImport(tempFile('scan.pdf', await makeScannedPdf()));
    expectRefusal(run, '这个 PDF 没有文字层', 'This PDF has no text layer');
  }, 60_000);

  it('writes a draft for a text without its unit, year or total, and names the fields to fill in, exit 3', () => {
    const untitled = [
      '二、收支预算情况说明',
      '本年收入预算合计 56.40 万元，其中一般公共预算拨款收入 56.40 万元。',
      '本年支出预算合计 56.40 万元，其中基本支出 50.10 万元，项目支出 6.30 万元。',
    ].join('\n');
    const run = runImport(tempFile('untitled.txt', untitled));
    expect(run.status).toBe(3);
    expect(JSON.parse(run.stdout)).toMatchObject({ unit: '万元' });
    expect(run.stderr).toMatch(/draft: not a complete budget file yet\. Fill in (department\.name, fiscalYear|.*department\.name.*fiscalYear)/);
    expect(run.stderr).toContain('待补填');
  }, 60_000);

  it('refuses a text that is not a budget explanation with a clear message, exit 1', () => {
    const run = runImport(tempFile('notes.txt', '周末去公园散步，买了 3 个苹果，花了 12.5 元。\n'));
    expectRefusal(run, '这不像部门预算编制说明', 'does not look like a budget explanation');
  }, 60_000);

  it('says how to use it when the file is missing, exit 2', () => {
    const run = runImport();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run import');
  }, 60_000);
});
