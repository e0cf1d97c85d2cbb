/**
 * One request to a fresh Web Worker and its one reply. Undefined when no worker can
 * start here (file:// pages, the single-file build, test environments) or it fails,
 * so the caller does the same work on the main thread instead. An abort stops the
 * worker and rejects with the signal's reason.
 */
export function runInWorker<Request, Reply>(start: () => Worker, request: Request, signal?: AbortSignal): Promise<Reply | undefined> {
  if (typeof Worker === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = start();
    } catch {
      resolve(undefined);
      return;
    }
    const finish = (result: Reply | undefined) => {
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener('message', (event: MessageEvent<Reply>) => finish(event.data));
    // The worker script failed to load or crashed: fall back rather than fail.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish(undefined);
    });
    worker.addEventListener('messageerror', () => finish(undefined));
    // Given up on (a server that never finishes): stop the worker and its request, and do not fall back.
    signal?.addEventListener('abort', () => {
      worker.terminate();
      reject(signal.reason);
    });
    worker.postMessage(request);
  });
}
