/**
 * .docx in: the same budget as the text through mammoth; bytes that are not Word,
 * and archives built to exhaust memory, refused with their message, never thrown.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importExplanation } from '@/importer';
import { figureMap } from '@/importer/figureMap';
import { MAX_ZIP_ENTRIES } from '@/importer/source/limits';
import { readSource } from '@/importer/source/readSource';
import { makeDocx } from './support/makeDocx';
import { deflatedZeros, rawZip } from './support/makeZip';

const seedText = readFileSync('tests/fixtures/explanations/lushan-shebao-2021.md', 'utf8').replace(/^#+ /gm, '');
const MB = 1024 * 1024;

async function problemOf(bytes: Uint8Array, name = 'bomb.docx') {
  const source = await readSource(bytes, name);
  return source.ok ? undefined : source.problem;
}

describe('.docx', { timeout: 60_000 }, () => {
  it('imports a Word copy of the seed to the same figures as its text', async () => {
    const source = await readSource(await makeDocx(seedText), 'seed.docx');
    expect(source.ok).toBe(true);
    if (!source.ok) return;
    expect(figureMap(importExplanation(source.text).budget!)).toEqual(figureMap(importExplanation(seedText).budget!));
  });

  it('reports bytes that are not a Word document as unreadable instead of throwing', async () => {
    expect(await problemOf(new TextEncoder().encode('PK plain text, not a zip'), 'x.docx')).toMatchObject({ kind: 'unreadable', format: 'docx' });
    // Named .txt, a text that starts with the letters PK is read as text.
    expect(await readSource(new TextEncoder().encode('PKU 2021 年部门预算'), 'notes.txt')).toEqual({ ok: true, text: 'PKU 2021 年部门预算' });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const source = await readSource(new Uint8Array([0x50, 0x4b, 3, 4, ...bytes]), 'random.docx');
        if (!source.ok) expect(source.problem.kind).not.toBe('scanned');
      }),
      { numRuns: 60 },
    );
  });

  it('refuses, before inflating anything, an archive whose directory declares more than 50 MB', async () => {
    // The data is not even deflate: had it been inflated, the file would be "unreadable".
    const liar = rawZip([{ name: 'word/document.xml', data: new Uint8Array(4096).fill(0xab), declaredSize: 60 * MB }]);
    expect(await problemOf(liar)).toEqual({ kind: 'inflatesTooLarge', bytes: 60 * MB, limit: 50 * MB });
  });

  it('refuses a real bomb (60 KB that inflate to 60 MB), whatever its directory says', async () => {
    const bomb = deflatedZeros(60);
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(await problemOf(rawZip([{ name: 'word/document.xml', data: bomb, declaredSize: 60 * MB }]))).toMatchObject({ kind: 'inflatesTooLarge' });
    // The directory lies (1 KB): the bytes are counted as they inflate and reading stops past the limit.
    expect(await problemOf(rawZip([{ name: 'word/document.xml', data: bomb, declaredSize: 1024 }]))).toMatchObject({ kind: 'inflatesTooLarge', limit: 50 * MB });
  });

  it('refuses an absurd compression ratio and an archive of too many parts', async () => {
    expect(await problemOf(rawZip([{ name: 'word/document.xml', data: deflatedZeros(10), declaredSize: 10 * MB }]))).toMatchObject({ kind: 'compressionRatio', limit: 200 });
    const parts = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `p${i}.xml`, data: new Uint8Array(1), method: 0 as const, declaredSize: 1 }));
    expect(await problemOf(rawZip(parts))).toMatchObject({ kind: 'tooManyParts', limit: MAX_ZIP_ENTRIES });
  });
});
