import { memo, Suspense, useRef, type ComponentType } from 'react';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { useTranslation } from '@/i18n/react';
import { DeferredView } from '@/state/urlState';
import { SectionLanguage, useSectionLanguage } from './SectionLanguage';
import { useOnScreen } from './useOnScreen';

/** Height held for a section not drawn yet: about one screen, so the page below stays put. */
export const RESERVED_SECTION_HEIGHT = 640;

interface SectionSlotProps {
  id: string;
  title: string;
  Component: ComponentType<{ id: string }>;
  /** Draw it now (near the screen, above a section the URL asks for, or the page has gone idle). */
  drawn: boolean;
  /** Drawn but far from the screen: it takes URL changes (a filter click) after the visible part has answered. */
  far: boolean;
}

/**
 * Where a section goes. Until it is drawn and its chunk has arrived, a stand-in with
 * the same id, heading and scroll margin holds its place, so links, `?s=` and the
 * section nav find it; a chunk that cannot be loaded shows why in the same place.
 * The wrapper is what useSectionGate observes: it stays while its content changes.
 */
export const SectionSlot = memo(function SectionSlot({ id, title, Component, drawn, far }: SectionSlotProps) {
  const { t } = useTranslation();
  const slot = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(slot);
  // The slot says which language it draws in: while a section off screen still shows the previous one, its type
  // and a screen reader's voice follow what it shows, and the switch does not restyle and re-lay it out twice.
  const unseen = far || !onScreen;
  const language = useSectionLanguage(unseen);
  const standIn = <SectionStandIn id={id} title={title} />;
  // One boundary whether drawn or not: a section drawn in a transition keeps its stand-in on screen until its
  // chunk has arrived, so the stand-in is replaced once, by the section (not first by a second stand-in).
  return (
    <div ref={slot} data-section-slot={id} lang={language}>
      <ErrorBoundary fallback={(error) => <SectionStandIn id={id} title={title} problem={t('sectionError', { message: error.message })} />}>
        <Suspense fallback={standIn}>
          {drawn ? (
            <DeferredView deferred={unseen}>
              <SectionLanguage language={language}>
                <SectionBody Component={Component} id={id} />
              </SectionLanguage>
            </DeferredView>
          ) : (
            standIn
          )}
        </Suspense>
      </ErrorBoundary>
    </div>
  );
});

/**
 * The section itself, apart from its slot: the slot re-renders when the section in view, the
 * address or the language changes, and the section should not re-render with it (its parts read
 * what they need from the address and the labels, each when it changes).
 */
const SectionBody = memo(function SectionBody({ Component, id }: { Component: ComponentType<{ id: string }>; id: string }) {
  return <Component id={id} />;
});

function SectionStandIn({ id, title, problem }: { id: string; title: string; problem?: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} aria-busy="true" className="scroll-mt-28 py-6 lg:scroll-mt-14">
      <h2 id={`${id}-heading`} className="mb-1 text-2xl font-bold">
        {title}
      </h2>
      {problem === undefined ? (
        <div style={{ height: RESERVED_SECTION_HEIGHT }} className="rounded-lg border border-line bg-paper" />
      ) : (
        <p role="alert" className="rounded border border-bad bg-paper p-4 text-bad">
          {problem}
        </p>
      )}
    </section>
  );
}
