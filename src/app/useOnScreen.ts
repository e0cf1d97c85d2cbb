import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether any pixel of the element is inside the window now (not "near" it, as useSectionGate's
 * drawing margin is). True until the browser first says otherwise, and always where there is no
 * IntersectionObserver (jsdom): an element not known to be off screen is treated as on it.
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries.at(-1);
      if (last) setOnScreen(last.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return onScreen;
}
