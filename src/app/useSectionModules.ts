import { useEffect, useState, type ComponentType } from 'react';
import type { SectionEntry } from './sections';

/** A section's component, or why its chunk could not be loaded (offline, a stale build). */
type Loaded = Record<string, ComponentType<{ id: string }> | Error>;

/**
 * The sections' components: those shipped with the page at once, the others as
 * their chunks arrive. All chunks are requested right after the first render, in
 * parallel, so a section is ready by the time the reader scrolls to it.
 */
export function useSectionModules(sections: readonly SectionEntry[]): Loaded {
  const [loaded, setLoaded] = useState<Loaded>(() => Object.fromEntries(sections.flatMap((s) => (s.Component ? [[s.id, s.Component]] : []))));

  useEffect(() => {
    let live = true;
    for (const section of sections) {
      section
        .load?.()
        .then((Component) => live && setLoaded((prev) => ({ ...prev, [section.id]: Component })))
        .catch((error: unknown) => live && setLoaded((prev) => ({ ...prev, [section.id]: error instanceof Error ? error : new Error(String(error)) })));
    }
    return () => {
      live = false;
    };
  }, [sections]);

  return loaded;
}
