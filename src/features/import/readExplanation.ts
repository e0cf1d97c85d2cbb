/**
 * A chosen file or pasted text through the importer. The importer (and mammoth,
 * for .docx) load only now, so they stay out of the first bundle.
 */
import { decodeBudgetBytes } from '@/data/decodeText';
import { MAX_FILE_BYTES } from '@/data/limits';
import type { ImportResult } from '@/importer';

/** Why a file was refused before the importer saw it. */
export type SourceProblem = { kind: 'tooLarge'; bytes: number } | { kind: 'wrongFormat'; extension: string };

export type ReadOutcome = { ok: true; result: ImportResult } | { ok: false; problem: SourceProblem };

/** Formats people try that are not text: say what to do instead of importing noise. */
const NOT_TEXT = /\.(doc|pdf|xls|xlsx|wps|jpg|jpeg|png)$/i;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** Lets the browser paint the busy state before the importer holds the main thread. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function importText(text: string): Promise<ImportResult> {
  const { importExplanation } = await import('@/importer');
  await nextFrame();
  return importExplanation(text);
}

export async function importFile(file: File): Promise<ReadOutcome> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'tooLarge', bytes: file.size } };
  const extension = NOT_TEXT.exec(file.name)?.[1];
  if (extension) return { ok: false, problem: { kind: 'wrongFormat', extension: extension.toLowerCase() } };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.docx$/i.test(file.name) || isZip(bytes)) {
    const { importDocx } = await import('@/importer/docx');
    await nextFrame();
    return { ok: true, result: await importDocx(bytes) };
  }
  return { ok: true, result: await importText(decodeBudgetBytes(bytes)) };
}
