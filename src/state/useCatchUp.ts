import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from '@/components/whenIdle';

/** A part of the page off screen takes a new value within this long at the latest, however busy the page. */
export const CATCH_UP_MS = 1000;

/**
 * `current` where the reader sees it. Where they don't (`deferred`: a section below the screen), the value
 * it last showed until the page is idle, then `current` in a transition of its own: each section catches
 * up in its own commit, so no one long task holds the page right after a click, and a change undone
 * before then costs it nothing. Back on screen it follows at once (React's "adjust state while rendering").
 */
export function useCatchUp<T>(current: T, deferred: boolean): T {
  const [shown, setShown] = useState(current);
  if (!deferred && shown !== current) setShown(() => current);
  useEffect(() => {
    if (!deferred || shown === current) return;
    return whenIdle(() => startTransition(() => setShown(() => current)), CATCH_UP_MS);
  }, [current, deferred, shown]);
  return deferred ? shown : current;
}
