import { useSyncExternalStore } from 'react';

/** Below Tailwind's `sm`: a phone held upright. */
const NARROW = '(max-width: 639.98px)';

/** Some environments (an embedded view, jsdom) have no matchMedia: the desktop header then. */
const hasMatchMedia = () => typeof window.matchMedia === 'function';

function subscribe(onChange: () => void): () => void {
  if (!hasMatchMedia()) return () => undefined;
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True on a phone-width screen; false when there is no window (the build's prerender draws the desktop header). */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => hasMatchMedia() && window.matchMedia(NARROW).matches,
    () => false,
  );
}
