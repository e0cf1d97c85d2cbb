/**
 * A fetched budget file's text, or why there is none: an HTTP error, or a file
 * over MAX_FILE_BYTES (refused from its Content-Length before reading when the
 * server states one). Decoded like a file from disk (UTF-8, GB18030, UTF-16).
 * Used on the main thread and in the parse worker alike.
 */
import { readBudgetBlob } from './decodeText';
import { MAX_FILE_BYTES } from './limits';

export type FetchProblem = { kind: 'http'; status: number } | { kind: 'tooLarge'; bytes: number };

export type FetchedText = { ok: true; text: string } | { ok: false; problem: FetchProblem };

export async function readBudgetResponse(response: Response): Promise<FetchedText> {
  if (!response.ok) return { ok: false, problem: { kind: 'http', status: response.status } };
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'tooLarge', bytes: declared } };
  const blob = await response.blob();
  if (blob.size > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'tooLarge', bytes: blob.size } };
  return { ok: true, text: await readBudgetBlob(blob) };
}
