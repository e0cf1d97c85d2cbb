import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { useViewLink } from '@/state/urlState';
import { useSection } from '@/state/viewState';
import type { SectionEntry } from './sections';

/** The right edge fades while more links lie beyond it: on a phone the row scrolls, and says so. */
const FADE_RIGHT = '[mask-image:linear-gradient(to_right,#000_calc(100%-3rem),transparent)]';

/** Sticky table of contents; the current section is marked for screen readers too. */
export function SectionNav({ sections, active }: { sections: readonly SectionEntry[]; active: string }) {
  const { t } = useTranslation();
  const link = useViewLink();
  const [, setSection] = useSection();
  const nav = useRef<HTMLElement>(null);
  const [more, setMore] = useState(false);

  useEffect(() => {
    const element = nav.current;
    if (!element) return;
    const update = () => setMore(element.scrollLeft + element.clientWidth < element.scrollWidth - 1);
    update();
    element.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      element.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, []);

  // The current section's link is kept in view in a row that scrolls (moving the row only, never the page).
  useEffect(() => {
    const element = nav.current;
    const link = element?.querySelector('[aria-current]');
    if (!element || !link) return;
    const row = element.getBoundingClientRect();
    const box = link.getBoundingClientRect();
    if (box.left < row.left || box.right > row.right) element.scrollLeft += box.left - row.left - 16;
  }, [active]);

  return (
    <nav ref={nav} aria-label={t('sections')} className={`-mx-1 min-w-0 overflow-x-auto ${more ? FADE_RIGHT : ''}`}>
      <ul className="flex gap-1 whitespace-nowrap text-sm">
        {sections.map(({ id, labelKey }) => (
          <li key={id}>
            <a
              href={link({ s: id })}
              aria-current={active === id ? 'location' : undefined}
              onClick={(event) => {
                event.preventDefault();
                setSection(id, { push: true });
                document.getElementById(id)?.scrollIntoView({ block: 'start' });
              }}
              className={`block rounded px-3 py-1.5 ${active === id ? 'bg-accent text-white' : 'text-ink hover:bg-canvas'}`}
            >
              {t(`section.${labelKey}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
