import { startTransition, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { whenIdle } from '@/components/whenIdle';
import { useSection } from '@/state/viewState';

/** Where, as a share of the window's height, a section counts as the one being read: just below the sticky bar. */
const READING_LINE = 0.2;
/** A section is drawn once it comes within a screen of the window. */
const NEAR = '100% 0px';
/**
 * The observer fires whenever a section's visible share of that band moves by 1 %, so the section in
 * view is re-read every few pixels of scrolling (a section is at most a few screens tall), not only when
 * a section enters or leaves the band.
 */
const THRESHOLDS = Array.from({ length: 101 }, (_, i) => i / 100);
/** How long after the dashboard appears the sections nobody has scrolled to start being drawn, one per idle moment. */
const SETTLE_MS = 5000;
/** Section chunks are fetched once the first screen has painted and the browser is idle (within this). */
const PRELOAD_IDLE_MS = 500;
/** Events that mean a person is moving through the page themselves. */
const USER_SCROLL_EVENTS = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

export interface SectionGate {
  /** Sections to draw: the first, those above `?s=`, those near the screen, and (once the page is quiet) the rest. */
  drawn: ReadonlySet<string>;
  /** The section being read, for the nav. */
  active: string;
  /** Sections within a screen of the window now: the others take URL changes late (state/urlState DeferredView). */
  inView: ReadonlySet<string>;
}

const canObserve = () => typeof IntersectionObserver !== 'undefined';
const slotOf = (id: string) => document.querySelector(`[data-section-slot="${id}"]`);

/**
 * One IntersectionObserver over the section slots decides what is drawn and which
 * section is read (the nav marks it). `?s=` lands on its section and stays there while the sections
 * above it arrive (the observer sees them grow and scrolls back), until the reader
 * moves on their own; from then, scrolling writes the section in view to `?s=`
 * without adding history entries.
 */
export function useSectionGate(ids: readonly string[], preload: () => void): SectionGate {
  const [requested, setSection] = useSection();
  const [active, setActive] = useState<string>(requested ?? ids[0] ?? '');
  // Without an observer (a browser that lacks it, jsdom) every section is drawn; the build's prerender draws the first.
  const [near, setNear] = useState<ReadonlySet<string>>(() => new Set(typeof window !== 'undefined' && !canObserve() ? ids : ids.slice(0, 1)));
  const [inView, setInView] = useState<ReadonlySet<string>>(() => new Set(ids));
  const [settled, setSettled] = useState(false);
  // Sections above the one the URL asks for are drawn too (and stay drawn), so it lands where it will stay.
  const requestedIndex = ids.indexOf(requested ?? '');
  const [reach, setReach] = useState(requestedIndex);
  const userScrolled = useRef(false);
  /** A section the URL asked for (link, reload, back button, nav), not yet left by the reader. */
  const landing = useRef<string | undefined>(undefined);
  /** The section the observer itself last wrote to the URL. */
  const written = useRef<string | undefined>(undefined);
  const idList = ids.join(' ');
  // Read by the observer with the address as last rendered.
  const follow = useEffectEvent((id: string) => {
    if (requested === id) return;
    written.current = id;
    startTransition(() => setSection(id));
  });

  const drawn = useMemo(() => new Set([...near, ...idList.split(' ').slice(0, reach + 1)]), [near, idList, reach]);

  useEffect(() => {
    if (requested && requested !== written.current) landing.current = requested;
    keepInView(landing.current);
  }, [requested]);

  // Every later draw is a transition, so a section's stand-in stays until the section is ready to replace it. The
  // sections above a section the nav jumps to are drawn one per commit, each started in a task of its own: drawn in
  // one commit, those above 重点工作 held the page for 150–400 ms, and a second click waited for them.
  useEffect(() => {
    if (reach >= requestedIndex) return;
    const handle = setTimeout(() => startTransition(() => setReach((prev) => Math.min(prev + 1, requestedIndex))), 0);
    return () => clearTimeout(handle);
  }, [reach, requestedIndex]);

  useEffect(() => {
    const mark = () => {
      userScrolled.current = true;
      landing.current = undefined;
    };
    for (const name of USER_SCROLL_EVENTS) window.addEventListener(name, mark, { passive: true });
    return () => {
      for (const name of USER_SCROLL_EVENTS) window.removeEventListener(name, mark);
    };
  }, []);

  useEffect(() => {
    if (!canObserve()) return;
    const ids = idList.split(' ');
    const observer = new IntersectionObserver(
      (entries) => {
        const reached = entries.filter((e) => e.isIntersecting).map((e) => e.target.getAttribute('data-section-slot') ?? '');
        const left = entries.filter((e) => !e.isIntersecting).map((e) => e.target.getAttribute('data-section-slot') ?? '');
        setInView((prev) => {
          if (reached.every((id) => prev.has(id)) && left.every((id) => !prev.has(id))) return prev;
          const next = new Set(prev);
          for (const id of reached) next.add(id);
          for (const id of left) next.delete(id);
          return next;
        });
        // A transition: drawing a section is split into slices that never hold the page for long.
        if (reached.length > 0) startTransition(() => setNear((prev) => (reached.every((id) => prev.has(id)) ? prev : new Set([...prev, ...reached]))));
        keepInView(landing.current);
        const line = window.innerHeight * READING_LINE;
        const id = ids.findLast((candidate) => (slotOf(candidate)?.getBoundingClientRect().top ?? Infinity) <= line);
        if (!id) return;
        setActive(id);
        if (userScrolled.current && !landing.current) follow(id);
      },
      { rootMargin: NEAR, threshold: THRESHOLDS },
    );
    for (const id of ids) {
      const slot = slotOf(id);
      if (slot) observer.observe(slot);
    }
    // The sections' column growing (a section above the landing one drawn, another dataset's longer lists) moves
    // the landing section without always moving any slot's share of the band by a threshold: it is kept in view too.
    const grown = new ResizeObserver(() => keepInView(landing.current));
    const column = slotOf(ids[0] ?? '')?.parentElement;
    if (column) grown.observe(column);
    return () => {
      observer.disconnect();
      grown.disconnect();
    };
  }, [idList]);

  useEffect(() => whenIdle(preload, PRELOAD_IDLE_MS), [preload]);

  useEffect(() => {
    const handle = setTimeout(() => setSettled(true), SETTLE_MS);
    return () => clearTimeout(handle);
  }, []);
  // Once the page has been quiet a while, the rest are drawn one per idle moment (never competing with the
  // first screen or the reader's first clicks), so find-in-page and every section work without scrolling first.
  const next = settled ? ids.find((id) => !drawn.has(id)) : undefined;
  useEffect(() => {
    if (next === undefined) return;
    return whenIdle(() => startTransition(() => setNear((prev) => new Set([...prev, next]))), 2000);
  }, [next]);

  return { drawn, active, inView };
}

/** Scrolls back to the section the URL asked for when the page above it has moved it away. */
function keepInView(target: string | undefined): void {
  const element = target ? document.getElementById(target) : null;
  if (element && Math.abs(element.getBoundingClientRect().top) > 140) element.scrollIntoView({ block: 'start' });
}
