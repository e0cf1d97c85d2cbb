import { useTranslation } from '@/i18n/react';
import { queryLink, setParams, useUrlSearch } from '@/state/urlState';
import type { SectionEntry } from './sections';

/** Sticky table of contents; the current section is marked for screen readers too. */
export function SectionNav({ sections, active }: { sections: readonly SectionEntry[]; active: string }) {
  const { t } = useTranslation();
  const search = useUrlSearch();
  return (
    <nav aria-label={t('sections')} className="-mx-1 min-w-0 overflow-x-auto">
      <ul className="flex gap-1 whitespace-nowrap text-sm">
        {sections.map(({ id, labelKey }) => (
          <li key={id}>
            <a
              href={queryLink({ s: id }, search)}
              aria-current={active === id ? 'location' : undefined}
              onClick={(event) => {
                event.preventDefault();
                setParams({ s: id }, { push: true });
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
