import { startTransition, useCallback, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { LibraryLayer } from '@/features/library';
import { PresentMode, PrintLayer } from '@/features/present';
import { usePresentMode, useSection } from '@/state/viewState';
import { FilterBar } from './FilterBar';
import { Header } from './Header';
import { SectionNav } from './SectionNav';
import { SectionSlot } from './SectionSlot';
import { SECTIONS } from './sections';
import { useIdle, useSettled } from './useIdle';
import { useSectionModules } from './useSectionModules';
import { useSectionScroll } from './useSectionScroll';

/** How long after the dashboard appears the sections nobody has scrolled to start being drawn. */
const SETTLE_MS = 5000;


/** One page: header, sticky nav and filter, then the sections as a report. */
export function Dashboard() {
  const { t } = useTranslation();
  const modules = useSectionModules(SECTIONS);
  const [requested] = useSection();
  const [near, setNear] = useState<ReadonlySet<string>>(() => new Set());
  const drawNow = useCallback((id: string) => setNear((prev) => (prev.has(id) ? prev : new Set(prev).add(id))), []);
  // A transition: drawing a section is split into slices that never hold the page for long.
  const markNear = useCallback((id: string) => startTransition(() => drawNow(id)), [drawNow]);
  // Sections above the one the URL asks for are drawn too (and stay drawn), so it lands where it will stay.
  const requestedIndex = SECTIONS.findIndex((s) => s.id === requested);
  const [reach, setReach] = useState(requestedIndex);
  if (requestedIndex > reach) setReach(requestedIndex);
  const wanted = (id: string, index: number) => index === 0 || index <= Math.max(reach, requestedIndex) || near.has(id);
  // The rest are drawn one by one once the page has been quiet for a while (never competing with the first
  // screen or the reader's first clicks), so find-in-page and every section work without scrolling first.
  const settled = useSettled(SETTLE_MS);
  const nextIdle = settled ? SECTIONS.find((s, i) => !wanted(s.id, i) && typeof modules[s.id] === 'function')?.id : undefined;
  useIdle(nextIdle, markNear);
  const drawn = SECTIONS.filter((s, i) => wanted(s.id, i) && typeof modules[s.id] === 'function').map((s) => s.id);
  const active = useSectionScroll(
    SECTIONS.map((s) => s.id),
    drawn.join(' '),
  );
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
        {SECTIONS.map(({ id, labelKey }, index) => (
          <SectionSlot key={id} id={id} title={t(`section.${labelKey}`)} Component={modules[id]} wanted={wanted(id, index)} onNear={markNear} />
        ))}
      </main>
    </>
  );
}
