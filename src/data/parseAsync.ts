/**
 * Parsing that keeps the page responsive: large inputs go to a Web Worker, small
 * ones are parsed at once. Where a worker cannot start (file:// pages, a single-file
 * build, test environments) the same parser runs on the main thread instead.
 */
import { readBudgetBlob } from './decodeText';
import { WORKER_THRESHOLD_BYTES } from './limits';
import type { ParseResult } from './parseBudget';
import type { ParseRequest, WorkerReply } from './parseWorker';
import { runInWorker } from './runWorker';

let parser: Promise<typeof import('./parseBudget')> | undefined;

/**
 * The validator (zod and the schema) is its own chunk, off the page's first load:
 * call this as early as possible (before fetching a file) so the two download in
 * parallel; later calls reuse the same module.
 */
export function loadParser(): Promise<typeof import('./parseBudget')> {
  parser ??= import('./parseBudget');
  return parser;
}

function inWorker(request: ParseRequest, signal?: AbortSignal): Promise<WorkerReply | undefined> {
  return runInWorker(() => new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' }), request, signal);
}

export async function parseBudgetBlob(blob: Blob): Promise<ParseResult> {
  if (blob.size > WORKER_THRESHOLD_BYTES) {
    const reply = await inWorker({ blob });
    if (reply && 'parsed' in reply) return reply.parsed;
  }
  const [{ parseBudgetText }, text] = await Promise.all([loadParser(), readBudgetBlob(blob)]);
  return parseBudgetText(text);
}

export async function parseBudgetTextAsync(text: string): Promise<ParseResult> {
  // UTF-16 length is a fair proxy for bytes here: it only picks the thread.
  if (text.length > WORKER_THRESHOLD_BYTES) {
    const reply = await inWorker({ text });
    if (reply && 'parsed' in reply) return reply.parsed;
  }
  return (await loadParser()).parseBudgetText(text);
}

/**
 * Fetches and validates the file at an absolute same-origin URL in a worker; undefined
 * when no worker can start here (the caller then does both on the main thread).
 */
export function fetchAndParseInWorker(url: string, signal?: AbortSignal): Promise<WorkerReply | undefined> {
  return inWorker({ url }, signal);
}
