/** Full screen for the whole page (the deck fills it), following the browser's own state. */
import { useCallback, useEffect, useState } from 'react';

export function useFullscreen(): { active: boolean; toggle: () => void; exit: () => void } {
  const [active, setActive] = useState(
    () => typeof document !== 'undefined' && document.fullscreenElement !== null && document.fullscreenElement !== undefined,
  );
  useEffect(() => {
    const onChange = () => setActive(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) exit();
    // Refused without a user gesture or in some embeds: the deck still works windowed.
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, [exit]);
  return { active, toggle, exit };
}
