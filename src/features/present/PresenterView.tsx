import { useTranslation } from '@/i18n/react';
import { usePresentMode } from '@/state/viewState';
import { PresenterTimer } from './PresenterTimer';
import { SlideStage } from './SlideStage';
import { SlideView } from './SlideView';
import { useDeckControls } from './useDeckControls';

/**
 * The presenter's window: the current slide, the next one, the notes and a
 * timer. Turning slides here (keys or buttons) turns the audience window too.
 */
export function PresenterView() {
  const { t } = useTranslation('present');
  const [, setMode] = usePresentMode();
  // Leaving closes this window when the deck opened it, else returns to the audience deck.
  const leave = () => (window.opener ? window.close() : setMode('audience'));
  const controls = useDeckControls({ onExit: leave });
  const { deck } = controls;
  const slides = deck.rendered.slides;
  const current = slides[deck.index];
  const next = slides[deck.index + 1];

  return (
    <main aria-label={t('presenter.title')} className="grid h-screen grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-4 overflow-hidden bg-[#111418] p-4 text-white">
      <section aria-labelledby="presenter-current" className="flex min-h-0 flex-col gap-2">
        <div className="flex items-center justify-between">
          <h1 id="presenter-current" className="text-lg font-semibold">
            {t('presenter.current')} · <span data-testid="slide-counter">{t('ui.counter', { n: deck.index + 1, total: slides.length })}</span>
          </h1>
          <PresenterTimer />
        </div>
        <div className="min-h-0 flex-1">
          {current ? (
            <SlideStage>
              <SlideView slide={current} deck={deck.rendered} number={deck.index + 1} />
            </SlideStage>
          ) : null}
        </div>
        <div className="flex items-center gap-2">
          <button
            type="button"
            onClick={controls.prev}
            disabled={deck.index === 0}
            className="rounded bg-white/10 px-4 py-2 hover:bg-white/20 disabled:opacity-40"
          >
            ← {t('ui.prev')}
          </button>
          <button type="button" onClick={controls.next} disabled={!next} className="rounded bg-accent px-4 py-2 hover:bg-accent-strong disabled:opacity-40">
            {t('ui.next')} →
          </button>
          <button type="button" onClick={controls.toggleBlackout} aria-pressed={controls.blackout} className="rounded bg-white/10 px-4 py-2 hover:bg-white/20">
            B
          </button>
          <span className="ml-auto text-sm text-white/75">{t('presenter.synced')}</span>
        </div>
      </section>
      <aside className="flex min-h-0 flex-col gap-3">
        <h2 className="text-lg font-semibold">{t('presenter.next')}</h2>
        <div className="aspect-video w-full">
          {next ? (
            <SlideStage>
              <SlideView slide={next} deck={deck.rendered} number={deck.index + 2} />
            </SlideStage>
          ) : (
            <p className="flex h-full items-center justify-center rounded border border-white/20 text-white/75">{t('presenter.end')}</p>
          )}
        </div>
        <h2 className="text-lg font-semibold">{t('presenter.notes')}</h2>
        <div className="min-h-0 flex-1 overflow-y-auto rounded bg-white/5 p-3 text-lg leading-relaxed">
          {current && current.notes.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5">
              {current.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          ) : (
            <p className="text-white/75">{t('presenter.noNotes')}</p>
          )}
        </div>
      </aside>
    </main>
  );
}
