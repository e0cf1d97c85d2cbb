/**
 * A server that accepts the request and never finishes the answer would leave the
 * page "loading" for ever: a load gives up after a while, with a reason the page can say.
 */

/** Far above a real budget file on a slow intranet; short enough that nobody waits on a dead server. */
export const LOAD_TIMEOUT_MS = 30_000;

export class BudgetTimeoutError extends Error {
  constructor(
    readonly source: string,
    readonly ms: number,
  ) {
    super(`${source}: no complete answer within ${ms} ms`);
    this.name = 'BudgetTimeoutError';
  }
}

/** The work's result, or a BudgetTimeoutError once `ms` have passed without one; the work is then aborted (its worker stopped). */
export function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, source: string, ms: number = LOAD_TIMEOUT_MS): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new BudgetTimeoutError(source, ms);
      reject(error);
      controller.abort(error);
    }, ms);
  });
  return Promise.race([work(controller.signal), timeout]).finally(() => clearTimeout(timer));
}
