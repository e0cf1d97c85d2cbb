import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** Once printing has started, the handout stays drawn: a second Print does not wait for it. */
let started = false;

function subscribe(onChange: () => void): () => void {
  // flushSync: Print → PDF lays the page out right after `beforeprint`, before React would otherwise commit.
  const start = () => {
    started = true;
    flushSync(onChange);
  };
  const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
  const onMedia = (event: MediaQueryListEvent) => event.matches && start();
  window.addEventListener('beforeprint', start);
  print?.addEventListener('change', onMedia);
  return () => {
    window.removeEventListener('beforeprint', start);
    print?.removeEventListener('change', onMedia);
  };
}

const printingNow = () => started || (typeof window.matchMedia === 'function' && window.matchMedia('print').matches);

/**
 * True from the moment printing starts: the handout is drawn only for paper, so the screen neither
 * pays for it nor holds its figures twice. False on the server: the prerendered page is the screen's.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, printingNow, () => false);
}
