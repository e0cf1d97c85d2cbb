/**
 * A file's bytes to the text the importer reads, by what the bytes are (a zip is
 * a .docx, "%PDF" a PDF) and, failing that, by name; anything else is text in
 * UTF-8, UTF-16 or GB18030. The same path for the CLI and the app's import worker.
 */
import { decodeBudgetBytes } from '@/data/decodeText';
import { MAX_FILE_BYTES } from '@/data/limits';
import type { PdfOptions } from '../pdf/pdfText';
import { refuse, type SourceText } from './problem';

/** Formats people try that are neither text, Word nor PDF: say what to do instead of importing noise. */
const NOT_TEXT = /\.(doc|xls|xlsx|wps|et|ofd|jpg|jpeg|png|tif|tiff)$/i;

export type SourceFormat = 'docx' | 'pdf' | 'text';

export function formatOf(bytes: Uint8Array, name: string): SourceFormat {
  // A zip's local-file signature, PK\3\4: a text that merely starts with the letters "PK" is still text.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) return 'docx';
  // "%PDF" may follow a little junk; pdf.js looks within the first kilobyte too.
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (/\.docx$/i.test(name)) return 'docx';
  if (/\.pdf$/i.test(name)) return 'pdf';
  return 'text';
}

export async function readSource(bytes: Uint8Array, name: string, pdf: PdfOptions = {}): Promise<SourceText> {
  if (bytes.length > MAX_FILE_BYTES) return refuse({ kind: 'tooLarge', bytes: bytes.length, limit: MAX_FILE_BYTES });
  const format = formatOf(bytes, name);
  if (format === 'docx') return (await import('./docx')).docxToText(bytes);
  if (format === 'pdf') return (await import('../pdf/pdfText')).pdfToText(bytes, pdf);
  const extension = NOT_TEXT.exec(name)?.[1];
  if (extension) return refuse({ kind: 'wrongFormat', extension: extension.toLowerCase() });
  return { ok: true, text: decodeBudgetBytes(bytes) };
}
