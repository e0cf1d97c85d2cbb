import { useTranslation } from '@/i18n/react';
import { LibraryLayer } from '@/features/library';
import { PresentMode, PrintLayer } from '@/features/present';
import { usePresentMode } from '@/state/viewState';
import { FilterBar } from './FilterBar';
import { Header } from './Header';
import { SectionNav } from './SectionNav';
import { SectionSlot } from './SectionSlot';
import { SECTIONS } from './sections';
import { useSectionGate } from './useSectionGate';

const IDS = SECTIONS.map((s) => s.id);

/** Every section's chunk, fetched ahead so a section is ready by the time the reader scrolls to it. */
function preloadSections(): void {
  // A chunk that fails here fails again when the section is drawn, and the section says so in place.
  for (const section of SECTIONS) void section.preload?.().catch(() => undefined);
}

/** One page: header, sticky nav and filter, then the sections as a report. */
export function Dashboard() {
  const { t } = useTranslation();
  const { drawn, active, inView } = useSectionGate(IDS, preloadSections);
  const [presenting] = usePresentMode();
  if (presenting) return <PresentMode />;
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-paper focus:p-2">
        {t('skipToContent')}
      </a>
      <Header />
      <PrintLayer />
      <LibraryLayer />
      {/* One row from a laptop up, with or without a filter (the chip's room is kept free): setting a filter never moves the page. */}
      <div className="sticky top-0 z-20 border-b border-line bg-paper/95 shadow-sm backdrop-blur">
        <div className="mx-auto flex max-w-page flex-col gap-2 px-4 py-2 lg:flex-row lg:items-center lg:justify-between">
          <SectionNav sections={SECTIONS} active={active} />
          <FilterBar />
        </div>
      </div>
      <main id="main" className="mx-auto max-w-page px-4 pb-16">
        {SECTIONS.map(({ id, labelKey, Component }) => (
          <SectionSlot key={id} id={id} title={t(`section.${labelKey}`)} Component={Component} drawn={drawn.has(id)} far={!inView.has(id)} />
        ))}
      </main>
    </>
  );
}
