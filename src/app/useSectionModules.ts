import { useEffect, useState, type ComponentType } from 'react';
import type { SectionEntry } from './sections';
import { whenIdle } from '@/components/whenIdle';

const IDLE_TIMEOUT_MS = 500;

/** A section's component, or why its chunk could not be loaded (offline, a stale build). */
type Loaded = Record<string, ComponentType<{ id: string }> | Error>;

/**
 * The sections' components: those shipped with the page at once, the others as
 * their chunks arrive. All chunks are requested in parallel once the first screen
 * has been painted and the browser is idle (within half a second): early enough that
 * a section is ready by the time the reader scrolls to it, late enough that their
 * loading and compiling never delays the first chart.
 */
export function useSectionModules(sections: readonly SectionEntry[]): Loaded {
  const [loaded, setLoaded] = useState<Loaded>(() => Object.fromEntries(sections.flatMap((s) => (s.Component ? [[s.id, s.Component]] : []))));

  useEffect(() => {
    let live = true;
    const loadAll = () => {
      for (const section of sections) {
        section
          .load?.()
          .then((Component) => live && setLoaded((prev) => ({ ...prev, [section.id]: Component })))
          .catch((error: unknown) => live && setLoaded((prev) => ({ ...prev, [section.id]: error instanceof Error ? error : new Error(String(error)) })));
      }
    };
    const cancel = whenIdle(loadAll, IDLE_TIMEOUT_MS);
    return () => {
      live = false;
      cancel();
    };
  }, [sections]);

  return loaded;
}
