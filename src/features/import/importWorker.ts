/**
 * The import off the main thread: a .docx bomb, a PDF of a thousand pages or a
 * text that makes the importer slow then costs this worker, never the page. The
 * page terminates it after a time limit (runImport.ts).
 */
import { readExplanation, type ImportRequest, type ReadOutcome } from './readExplanation';

export type WorkerReply = { kind: 'started' } | { kind: 'done'; outcome: ReadOutcome } | { kind: 'failed'; detail: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (reply: WorkerReply) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  readExplanation(event.data).then(
    (outcome) => scope.postMessage({ kind: 'done', outcome }),
    (error: unknown) => scope.postMessage({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) }),
  );
};

// Tells the page this script loaded: an error after this is a failed import, not a worker that cannot start.
scope.postMessage({ kind: 'started' });
