/**
 * `.docx` to text: the archive checked (zipGuard) and inflated under a limit,
 * then its paragraphs through mammoth's extractRawText. mammoth is loaded on
 * demand so the text importer stays light.
 */
import { zipSync } from 'fflate';
import { detailOf, refuse, type SourceText } from './problem';
import { checkZipDirectory, inflateCounted } from './zipGuard';

interface Mammoth {
  extractRawText(input: { arrayBuffer?: ArrayBuffer | Uint8Array; buffer?: ArrayBuffer | Uint8Array }): Promise<{ value: string }>;
}

const unreadable = (error: unknown): SourceText => refuse({ kind: 'unreadable', format: 'docx', detail: detailOf(error) });

export async function docxToText(bytes: Uint8Array): Promise<SourceText> {
  let archive: Uint8Array;
  try {
    const declared = checkZipDirectory(bytes);
    if (declared) return refuse(declared);
    const inflated = inflateCounted(bytes);
    if (!inflated.ok) return refuse(inflated.problem);
    // mammoth inflates the archive again itself: give it parts already counted, stored without compression.
    archive = zipSync(inflated.files, { level: 0 });
  } catch (error) {
    return unreadable(error);
  }
  try {
    const mod = (await import('mammoth')) as unknown as Mammoth & { default?: Mammoth };
    const mammoth = mod.default ?? mod;
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`; both accept the same bytes.
    const result = await mammoth.extractRawText({ arrayBuffer: archive, buffer: archive });
    return { ok: true, text: result.value };
  } catch (error) {
    return unreadable(error);
  }
}
