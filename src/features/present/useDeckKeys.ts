/** The keys a presentation clicker sends, plus the usual keyboard ones. */
import { useEffect, useRef } from 'react';

export interface DeckActions {
  next: () => void;
  prev: () => void;
  first: () => void;
  last: () => void;
  exit: () => void;
  toggleFullscreen: () => void;
  toggleBlackout: () => void;
}

/** Key → action. Clickers send PageDown/PageUp (some → ←, Space, B or "." for a black screen). */
export function actionFor(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): keyof DeckActions | undefined {
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
      return 'next';
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    case 'f':
    case 'F':
      return 'toggleFullscreen';
    case 'b':
    case 'B':
    case '.':
      return 'toggleBlackout';
    default:
      return undefined;
  }
}

/** Controls keep their own keys (a select's arrows, a button's Space and Enter). */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return true;
  return (target.tagName === 'BUTTON' || target.tagName === 'A') && (key === ' ' || key === 'Enter');
}

export function useDeckKeys(actions: DeckActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || ownsKey(event.target, event.key)) return;
      const action = actionFor(event);
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
