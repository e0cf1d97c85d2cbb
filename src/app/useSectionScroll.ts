import { useEffect, useRef, useState } from 'react';
import { setParams, useUrlParam } from '@/state/urlState';

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
  const requested = useUrlParam('s');
  const [inView, setInView] = useState<string>(requested ?? ids[0] ?? '');
  const userScrolled = useRef(false);
  /** A section the URL asked for (link, reload, back button, nav), not yet left by the reader. */
  const landing = useRef<string | undefined>(undefined);
  /** The section the observer itself last wrote to the URL. */
  const written = useRef<string | undefined>(undefined);
  const observer = useRef<IntersectionObserver | undefined>(undefined);
  const idList = ids.join(' ');

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
    const current = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((e) => e.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)[0];
        if (!visible) return;
        setInView(visible.target.id);
        if (userScrolled.current && !landing.current && new URLSearchParams(window.location.search).get('s') !== visible.target.id) {
          written.current = visible.target.id;
          setParams({ s: visible.target.id });
        }
      },
      { rootMargin: '-130px 0px -60% 0px' },
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
