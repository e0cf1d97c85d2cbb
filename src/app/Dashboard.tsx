import { useTranslation } from 'react-i18next';
import { LibraryLayer } from '@/features/library';
import { PresentMode, PrintPageSetup } from '@/features/present';
import { useUrlParam } from '@/state/urlState';
import { FilterBar } from './FilterBar';
import { Header } from './Header';
import { SectionNav } from './SectionNav';
import { SECTIONS } from './sections';
import { useSectionScroll } from './useSectionScroll';

/** One page: header, sticky nav and filter, then the sections as a report. */
export function Dashboard() {
  const { t } = useTranslation();
  const active = useSectionScroll(SECTIONS.map((s) => s.id));
  const presenting = useUrlParam('present');
  if (presenting) return <PresentMode />;
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-paper focus:p-2">
        {t('skipToContent')}
      </a>
      <Header />
      <PrintPageSetup />
      <LibraryLayer />
      <div className="sticky top-0 z-20 border-b border-line bg-paper/95 shadow-sm backdrop-blur">
        <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-2 lg:flex-row lg:items-center lg:justify-between">
          <SectionNav sections={SECTIONS} active={active} />
          <FilterBar />
        </div>
      </div>
      <main id="main" className="mx-auto max-w-6xl px-4 pb-16">
        {SECTIONS.map(({ id, Component }) => (
          <Component key={id} id={id} />
        ))}
      </main>
    </>
  );
}
