/** Runs `run` once the browser is idle (within `timeout` ms at the latest); returns a cancel function. */
export function whenIdle(run: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'undefined') {
    const handle = setTimeout(run, 50);
    return () => clearTimeout(handle);
  }
  const handle = requestIdleCallback(run, { timeout });
  return () => cancelIdleCallback(handle);
}
