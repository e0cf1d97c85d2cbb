import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useSection } from '@/state/viewState';

/** Where, as a share of the window's height, a section counts as the one being read: just below the sticky bar. */
const READING_LINE = 0.2;

/** Events that mean a person is moving through the page themselves. */
const USER_SCROLL_EVENTS = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

/**
 * Keeps the section in the URL and the page in step: opening a link with `?s=`
 * scrolls there (also on back/forward); scrolling updates `?s=` without adding
 * history entries. Returns the section currently in view.
 *
 * The observer only writes the URL once the user has scrolled: while a page with
 * `?s=spending` is still laying out, the overview is briefly "in view" and must
 * not overwrite the section the link asked for.
 *
 * `drawn` names the sections drawn so far (the others hold their place with a
 * stand-in): while sections above the requested one arrive, the page is scrolled
 * to it again, and the observer leaves `?s=` alone, until the reader moves on
 * their own.
 */
export function useSectionScroll(ids: readonly string[], drawn = ''): string {
  const [requested, setSection] = useSection();
  const [inView, setInView] = useState<string>(requested ?? ids[0] ?? '');
  const userScrolled = useRef(false);
  /** A section the URL asked for (link, reload, back button, nav), not yet left by the reader. */
  const landing = useRef<string | undefined>(undefined);
  /** The section the observer itself last wrote to the URL. */
  const written = useRef<string | undefined>(undefined);
  const observer = useRef<IntersectionObserver | undefined>(undefined);
  const idList = ids.join(' ');
  // Read by the observer with the address as last rendered.
  const follow = useEffectEvent((id: string) => {
    if (requested === id) return;
    written.current = id;
    setSection(id);
  });

  useEffect(() => {
    if (requested && requested !== written.current) landing.current = requested;
  }, [requested]);

  useEffect(() => {
    const target = landing.current;
    const element = target ? document.getElementById(target) : null;
    if (element && Math.abs(element.getBoundingClientRect().top) > 140) element.scrollIntoView({ block: 'start' });
  }, [requested, drawn]);

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
    if (typeof IntersectionObserver === 'undefined') return;
    const ids = idList.split(' ');
    // The observer watches a one-pixel reading line just under the sticky bar: it fires exactly when a
    // section's top crosses it, and the section in view is the last one whose top has passed it. (A wide
    // band fired only when sections entered or left it, so the nav kept naming the section above.)
    const current = new IntersectionObserver(
      () => {
        const line = window.innerHeight * READING_LINE;
        const id = ids.findLast((candidate) => (document.getElementById(candidate)?.getBoundingClientRect().top ?? Infinity) <= line);
        if (!id) return;
        setInView(id);
        if (userScrolled.current && !landing.current) follow(id);
      },
      { rootMargin: `-${READING_LINE * 100}% 0px -${99 - READING_LINE * 100}% 0px` },
    );
    observer.current = current;
    return () => current.disconnect();
  }, [idList]);

  // A section replacing its stand-in is a new element: observe it too.
  useEffect(() => {
    for (const id of idList.split(' ')) {
      const element = document.getElementById(id);
      if (element) observer.current?.observe(element);
    }
  }, [idList, drawn]);

  return inView;
}
