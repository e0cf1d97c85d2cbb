import { useEffect } from 'react';
import { flushSync } from 'react-dom';

/** A printed handout has every section: draw the ones still held by stand-ins as printing starts. */
export function usePrintDrawsAll(sections: readonly { id: string }[], draw: (id: string) => void): void {
  useEffect(() => {
    const drawAll = () => flushSync(() => sections.forEach((s) => draw(s.id)));
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
    const onChange = (event: MediaQueryListEvent) => event.matches && drawAll();
    window.addEventListener('beforeprint', drawAll);
    print?.addEventListener('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', drawAll);
      print?.removeEventListener('change', onChange);
    };
  }, [sections, draw]);
}
