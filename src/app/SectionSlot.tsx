import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from '@/i18n/react';
import { DeferredView } from '@/state/urlState';

/** Height held for a section not drawn yet: about one screen, so the page below stays put. */
export const RESERVED_SECTION_HEIGHT = 640;

interface SectionSlotProps {
  id: string;
  title: string;
  /** The section, once its chunk has arrived, or why it could not be loaded. */
  Component: ComponentType<{ id: string }> | Error | undefined;
  /** Draw it now (near the screen, or above a section the URL asks for). */
  wanted: boolean;
  onNear: (id: string) => void;
}

/**
 * Where a section goes. Until it is wanted and loaded, a stand-in with the same id,
 * heading and scroll margin holds its place, so links, `?s=` and the section nav
 * find it; it reports when the reader comes within a screen of it.
 */
export function SectionSlot({ id, title, Component, wanted, onNear }: SectionSlotProps) {
  const { t } = useTranslation();
  const slot = useRef<HTMLDivElement>(null);
  const [onScreen, setOnScreen] = useState(true);

  useEffect(() => {
    if (wanted) return;
    const element = slot.current;
    if (!element || typeof IntersectionObserver === 'undefined') {
      onNear(id);
      return;
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onNear(id), { rootMargin: '100% 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [id, wanted, onNear]);

  // A drawn section far from the screen takes URL changes (a filter click) in the background.
  useEffect(() => {
    const element = slot.current;
    if (!wanted || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setOnScreen(entries.some((e) => e.isIntersecting)), { rootMargin: '50% 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [wanted]);

  return (
    <div ref={slot}>
      {wanted && Component && !(Component instanceof Error) ? (
        <DeferredView deferred={!onScreen}>
          <Component id={id} />
        </DeferredView>
      ) : (
        <section id={id} aria-labelledby={`${id}-heading`} aria-busy="true" className="scroll-mt-28 py-6 lg:scroll-mt-14">
          <h2 id={`${id}-heading`} className="mb-1 text-2xl font-bold">
            {title}
          </h2>
          {Component instanceof Error ? (
            <p role="alert" className="rounded border border-bad bg-paper p-4 text-bad">
              {t('sectionError', { message: Component.message })}
            </p>
          ) : (
            <div style={{ height: RESERVED_SECTION_HEIGHT }} className="rounded-lg border border-line bg-paper" />
          )}
        </section>
      )}
    </div>
  );
}
