/**
 * Reads and validates a budget off the main thread, so a 15 MB file never freezes
 * the page. Same code path as the main thread: parseBudgetText. Given a URL, the
 * worker fetches the file itself: the page's own start-up work (its scripts, the
 * first render) then never delays reading it.
 */
import { readBudgetBlob } from './decodeText';
import { parseBudgetText, type ParseResult } from './parseBudget';
import { fetchBudgetText, type FetchProblem } from './readBudgetResponse';

/** `url` must be absolute: relative URLs would resolve against the worker's script. */
export type ParseRequest = { blob: Blob } | { text: string } | { url: string };

export type WorkerReply = { parsed: ParseResult } | { fetchProblem: FetchProblem } | { fetchFailed: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (reply: WorkerReply) => void;
}

const scope = self as unknown as WorkerScope;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function handle(request: ParseRequest): Promise<WorkerReply> {
  if ('url' in request) {
    let fetched: Awaited<ReturnType<typeof fetchBudgetText>>;
    try {
      fetched = await fetchBudgetText(request.url);
    } catch (error) {
      return { fetchFailed: message(error) };
    }
    return fetched.ok ? { parsed: parseBudgetText(fetched.text) } : { fetchProblem: fetched.problem };
  }
  const text = 'text' in request ? request.text : await readBudgetBlob(request.blob);
  return { parsed: parseBudgetText(text) };
}

scope.onmessage = (event) => {
  handle(event.data).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ parsed: { ok: false, issues: [{ path: '(root)', code: 'other', detail: message(error) }] } }),
  );
};
