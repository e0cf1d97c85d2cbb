/**
 * Starts an import in a Web Worker and stops it after a time limit or on cancel.
 * Where no worker can start (jsdom, a page opened from file://) the same code runs
 * on the main thread: the source limits still hold there.
 */
import { detailOf } from '@/importer/source/problem';
import type { WorkerReply } from './importWorker';
import { readExplanation, type ImportRequest, type ReadOutcome } from './readExplanation';

/** Long enough for a real explanation on a slow machine (a 300-page PDF takes about 2 s). */
export const IMPORT_TIME_LIMIT_MS = 20_000;

export type RunOutcome = ReadOutcome | { ok: false; stopped: 'timeout'; seconds: number } | { ok: false; stopped: 'crashed'; detail: string } | { ok: false; stopped: 'cancelled' };

export interface ImportRun {
  outcome: Promise<RunOutcome>;
  /** Stops the import (terminating its worker); its outcome is then "cancelled". */
  cancel: () => void;
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

export function runImport(request: ImportRequest, limitMs = IMPORT_TIME_LIMIT_MS): ImportRun {
  let finish: (outcome: RunOutcome) => void = () => {};
  const outcome = new Promise<RunOutcome>((resolve) => {
    let worker: Worker | undefined;
    let done = false;
    const timer = setTimeout(() => finish({ ok: false, stopped: 'timeout', seconds: Math.round(limitMs / 1000) }), limitMs);
    finish = (result) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker?.terminate();
      resolve(result);
    };
    const onMainThread = () => {
      worker?.terminate();
      worker = undefined;
      readExplanation(request).then(finish, (error: unknown) => finish({ ok: false, stopped: 'crashed', detail: detailOf(error) }));
    };
    worker = startWorker();
    if (!worker) return onMainThread();
    let started = false;
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      // pdf.js, loaded into the worker, announces itself on the same channel: only our replies count.
      const reply = event.data;
      if (reply.kind === 'started') started = true;
      else if (reply.kind === 'done') finish(reply.outcome);
      else if (reply.kind === 'failed') finish({ ok: false, stopped: 'crashed', detail: reply.detail });
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (started) finish({ ok: false, stopped: 'crashed', detail: event.message || 'worker error' });
      else onMainThread();
    });
    worker.postMessage(request);
  });
  return { outcome, cancel: () => finish({ ok: false, stopped: 'cancelled' }) };
}
