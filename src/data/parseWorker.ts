/**
 * Reads and validates a large budget file off the main thread, so a 15 MB file
 * never freezes the page. Same code path as the main thread: parseBudgetText.
 */
import { readBudgetBlob } from './decodeText';
import { parseBudgetText, type ParseResult } from './parseBudget';

export type ParseRequest = { blob: Blob } | { text: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (result: ParseResult) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  const text = 'text' in request ? Promise.resolve(request.text) : readBudgetBlob(request.blob);
  text.then(
    (value) => scope.postMessage(parseBudgetText(value)),
    (error: unknown) =>
      scope.postMessage({ ok: false, issues: [{ path: '(root)', code: 'other', detail: error instanceof Error ? error.message : String(error) }] }),
  );
};
