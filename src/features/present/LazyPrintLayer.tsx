import { useEffect, useState, type ComponentType } from 'react';
import { whenIdle } from '@/components/whenIdle';

type Layer = ComponentType;

/** How long after the first screen the print code is fetched at the latest. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * What paper needs (the handout and the running page header), fetched once the
 * page is idle so it stays out of the first screen's JavaScript (the handout
 * carries the deck's slide model). Printing is
 * synchronous — a `beforeprint` handler cannot wait for a chunk — so it is
 * fetched ahead of any Ctrl+P rather than on it; a print in the first moment
 * after load also fetches it, for the next print.
 */
export function PrintLayer() {
  const [Layer, setLayer] = useState<Layer | null>(null);
  useEffect(() => {
    let cancelled = false;
    const load = () =>
      void import('./print/PrintLayer').then((module) => {
        if (!cancelled) setLayer(() => module.PrintLayer);
      });
    const cancelIdle = whenIdle(load, IDLE_TIMEOUT_MS);
    window.addEventListener('beforeprint', load, { once: true });
    return () => {
      cancelled = true;
      cancelIdle();
      window.removeEventListener('beforeprint', load);
    };
  }, []);
  return Layer ? <Layer /> : null;
}
