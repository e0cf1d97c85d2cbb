import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { TERM_BUTTON } from './termButton';
import { whenIdle } from './whenIdle';

interface TermProps {
  children: ReactNode;
  /** The glossary definition; without one the term renders as plain text. */
  definition: string | undefined;
}

/**
 * Floating UI with its hover, focus and dismiss logic is 13 KB gzip: on the first screen it
 * would take the initial JS from 109 to 122 KB, over the 120 KB budget. It loads when the page
 * is idle, and a term becomes the floating one when the reader first reaches it.
 */
const loadFloating = () => import('./FloatingTerm');
const FloatingTerm = lazy(() => loadFloating().then((module) => ({ default: module.FloatingTerm })));

/**
 * A term whose definition shows on hover and on keyboard focus (名词解释 in place). Until the
 * reader first points at it, focuses or taps it, a plain button of the same look.
 */
export function Term({ children, definition }: TermProps) {
  const [reached, setReached] = useState<'pointer' | 'focus' | undefined>(undefined);
  useEffect(() => whenIdle(() => void loadFloating(), 3000), []);

  if (!definition) return <>{children}</>;
  const plain = (
    <button
      type="button"
      className={TERM_BUTTON}
      onPointerEnter={() => setReached((was) => was ?? 'pointer')}
      // Left before the floating term arrived: it must not open under a pointer that is gone.
      onPointerLeave={() => setReached((was) => (was === 'pointer' ? undefined : was))}
      onFocus={() => setReached('focus')}
      // Left by the keyboard before the floating term arrived: it must not come back and take the focus.
      onBlur={() => setReached((was) => (was === 'focus' ? undefined : was))}
      // A tap on a phone may not focus a button (Safari), so a click opens it too.
      onClick={() => setReached('focus')}
    >
      {children}
    </button>
  );
  if (!reached) return plain;
  return (
    <Suspense fallback={plain}>
      <FloatingTerm definition={definition} focused={reached === 'focus'}>
        {children}
      </FloatingTerm>
    </Suspense>
  );
}
