/**
 * `.docx` in: its text through mammoth's extractRawText, then the text importer.
 * Kept apart (and mammoth loaded on demand) so the text importer stays light.
 */
import { importExplanation } from './importExplanation';
import { failure } from './report';
import type { ImportResult } from './types';

interface Mammoth {
  extractRawText(input: { arrayBuffer?: ArrayBuffer | Uint8Array; buffer?: ArrayBuffer | Uint8Array }): Promise<{ value: string }>;
}

/** The document's paragraphs as text; rejects when the bytes are not a Word document. */
export async function docxToText(data: ArrayBuffer | Uint8Array): Promise<string> {
  const mod = (await import('mammoth')) as unknown as Mammoth & { default?: Mammoth };
  const mammoth = mod.default ?? mod;
  // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`; both accept the same bytes.
  const result = await mammoth.extractRawText({ arrayBuffer: data, buffer: data });
  return result.value;
}

export async function importDocx(data: ArrayBuffer | Uint8Array): Promise<ImportResult> {
  let text: string;
  try {
    text = await docxToText(data);
  } catch (error) {
    return failure('unreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
  return importExplanation(text);
}
