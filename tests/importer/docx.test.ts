/** .docx through mammoth: the same budget as the text, and a clear refusal of bytes that are not Word. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importExplanation } from '@/importer';
import { importDocx } from '@/importer/docx';
import { figureMap } from '@/importer/figureMap';
import { makeDocx } from './support/makeDocx';

const seedText = readFileSync('tests/fixtures/explanations/lushan-shebao-2021.md', 'utf8').replace(/^#+ /gm, '');

describe('importDocx', () => {
  it('imports a Word copy of the seed to the same figures as its text', async () => {
    const fromDocx = await importDocx(await makeDocx(seedText));
    const fromText = importExplanation(seedText);
    expect(fromDocx.report.ok).toBe(true);
    expect(figureMap(fromDocx.budget!)).toEqual(figureMap(fromText.budget!));
  });

  it('reports bytes that are not a .docx as unreadable instead of throwing', async () => {
    const result = await importDocx(new TextEncoder().encode('plain text, not a zip'));
    expect(result.budget).toBeUndefined();
    expect(result.report.error?.code).toBe('unreadable');
  });
});
