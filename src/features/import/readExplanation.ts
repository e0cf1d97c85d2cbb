/**
 * A chosen file or pasted text through the importer: the file's bytes to text
 * (Word, PDF or plain text, under the source limits), then the text to a budget.
 * Runs inside the import worker (importWorker.ts), or on the main thread where no
 * worker can start. The importer, mammoth and pdf.js load only now.
 */
import { MAX_FILE_BYTES } from '@/data/limits';
import type { ImportResult } from '@/importer';
import type { SourceProblem } from '@/importer/source/problem';

export type ImportRequest = { file: Blob; name: string } | { text: string };

export type ReadOutcome = { ok: true; result: ImportResult } | { ok: false; problem: SourceProblem };

export async function readExplanation(request: ImportRequest): Promise<ReadOutcome> {
  const importer = import('@/importer');
  let text: string;
  if ('text' in request) text = request.text;
  else {
    const { file, name } = request;
    // Refused by size before the bytes are read into memory.
    if (file.size > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'tooLarge', bytes: file.size, limit: MAX_FILE_BYTES } };
    const [{ readSource }, { BundledCMapReader }] = await Promise.all([import('@/importer/source/readSource'), import('./bundledCMaps')]);
    const source = await readSource(new Uint8Array(await file.arrayBuffer()), name, { CMapReaderFactory: BundledCMapReader });
    if (!source.ok) return source;
    text = source.text;
  }
  const { importExplanation } = await importer;
  return { ok: true, result: importExplanation(text) };
}
