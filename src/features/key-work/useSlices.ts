import { startTransition, useEffect, useState } from 'react';
import { afterNextFrame } from '@/components/afterNextFrame';

/**
 * How many of `total` items to draw now: none in the commit that mounts them, then `step` more per
 * commit. A page of Recharts charts mounted in one commit held the main thread for 150–400 ms after a
 * section nav click, and a click landing then waited for all of it. Each slice is a transition (a click
 * interrupts it rather than waiting for it) started after the next frame, so a slice never runs ahead
 * of the paint a click is waiting for, and slices are never batched together. The first slice waits
 * for `ready` (the charts' code): slices drawn before it arrived would all wait on it and then be
 * committed together. A new `restart` (another page of rows) starts over from none.
 */
export function useSlices(total: number, step: number, restart: unknown, ready: () => Promise<unknown>): number {
  const [drawn, setDrawn] = useState({ restart, count: 0 });
  const count = drawn.restart === restart ? Math.min(drawn.count, total) : 0;
  useEffect(() => {
    if (count >= total) return;
    let cancelled = false;
    let cancelFrame: (() => void) | undefined;
    const next = () => startTransition(() => setDrawn((prev) => ({ restart, count: (prev.restart === restart ? prev.count : 0) + step })));
    // A chunk that cannot be loaded is drawn anyway: the section's error boundary then says so in its place.
    const start = () => {
      if (!cancelled) cancelFrame = afterNextFrame(next);
    };
    ready().then(start, start);
    return () => {
      cancelled = true;
      cancelFrame?.();
    };
  }, [count, total, step, restart, ready]);
  return count;
}
