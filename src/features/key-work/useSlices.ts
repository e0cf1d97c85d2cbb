import { useEffect, useState } from 'react';

/**
 * How many of `total` items to draw now: none in the commit that mounts them, then `step` more per
 * commit, each from a task of its own. A page of Recharts charts mounted in one commit held the main
 * thread for 150–400 ms after a section nav click, and a click landing then waited for all of it; in
 * slices the browser paints and answers input between them. Plain updates, not transitions: a
 * transition's slices were batched with the section's other transitions (and React's hold on revealing
 * Suspense content), so several were committed together, some inside the next click's own handler.
 * The first slice waits for `ready` (the charts' code): slices drawn before it arrived would all wait
 * on it and then be committed together. A new `restart` (another page of rows) starts over from none.
 */
export function useSlices(total: number, step: number, restart: unknown, ready: () => Promise<unknown>): number {
  const [drawn, setDrawn] = useState({ restart, count: 0 });
  const count = drawn.restart === restart ? Math.min(drawn.count, total) : 0;
  useEffect(() => {
    if (count >= total) return;
    let handle: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const next = () => setDrawn((prev) => ({ restart, count: (prev.restart === restart ? prev.count : 0) + step }));
    // A chunk that cannot be loaded is drawn anyway: the section's error boundary then says so in its place.
    const start = () => {
      if (!cancelled) handle = setTimeout(next, 0);
    };
    ready().then(start, start);
    return () => {
      cancelled = true;
      clearTimeout(handle);
    };
  }, [count, total, step, restart, ready]);
  return count;
}
