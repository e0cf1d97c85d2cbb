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
 */
export function useSectionScroll(ids: readonly string[]): string {
  const requested = useUrlParam('s');
  const [inView, setInView] = useState<string>(requested ?? ids[0] ?? '');
  const userScrolled = useRef(false);
  const idList = ids.join(' ');

  useEffect(() => {
    if (!requested) return;
    const element = document.getElementById(requested);
    // Only when the URL asks for another section (link, reload, back button); the observer then marks it.
    if (element && Math.abs(element.getBoundingClientRect().top) > 140) element.scrollIntoView({ block: 'start' });
  }, [requested]);

  useEffect(() => {
    const mark = () => {
      userScrolled.current = true;
    };
    for (const name of USER_SCROLL_EVENTS) window.addEventListener(name, mark, { passive: true });
    return () => {
      for (const name of USER_SCROLL_EVENTS) window.removeEventListener(name, mark);
    };
  }, []);

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((e) => e.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)[0];
        if (!visible) return;
        setInView(visible.target.id);
        if (userScrolled.current && new URLSearchParams(window.location.search).get('s') !== visible.target.id) setParams({ s: visible.target.id });
      },
      { rootMargin: '-130px 0px -60% 0px' },
    );
    for (const id of idList.split(' ')) {
      const element = document.getElementById(id);
      if (element) observer.observe(element);
    }
    return () => observer.disconnect();
  }, [idList]);

  return inView;
}
