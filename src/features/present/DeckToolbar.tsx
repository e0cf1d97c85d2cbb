import { useTranslation } from '@/i18n/react';
import { useViewLink } from '@/state/urlState';
import { CopyLinkButton } from './CopyLinkButton';
import { DownloadPptxButton } from './DownloadPptxButton';
import type { DeckControls } from './useDeckControls';

const button = 'rounded px-3 py-1.5 hover:bg-white/15 disabled:opacity-40';

/** The strip under the slide: leave, turn, jump, counter, presenter view, PPT, full screen. */
export function DeckToolbar({ controls }: { controls: DeckControls }) {
  const { t } = useTranslation('present');
  const { deck } = controls;
  const total = deck.slides.length;
  const link = useViewLink();
  const openPresenter = () => window.open(link({ present: 'presenter' }), 'budget-lens-presenter', 'popup,width=1280,height=800');

  return (
    <nav aria-label={t('ui.deck')} className="flex h-11 shrink-0 items-center gap-1 whitespace-nowrap bg-[#111418] px-2 text-sm text-white">
      <button type="button" onClick={controls.exit} aria-label={t('ui.exit')} className={button}>
        ✕ <span className="hidden sm:inline">{t('ui.exit')}</span>
      </button>
      <span className="mx-2 hidden text-white/75 lg:inline">{t('ui.keys')}</span>
      <span className="flex-1" />
      <button type="button" onClick={controls.prev} disabled={deck.index === 0} aria-label={t('ui.prev')} className={button}>
        ←
      </button>
      <label className="sr-only" htmlFor="deck-slide-select">
        {t('ui.slides')}
      </label>
      <select
        id="deck-slide-select"
        value={deck.index}
        onChange={(event) => controls.goTo(Number(event.target.value))}
        className="hidden max-w-56 rounded border border-white/30 bg-[#111418] px-2 py-1 sm:block"
      >
        {deck.rendered.slides.map((slide, i) => (
          <option key={slide.id} value={i}>
            {i + 1}. {slide.title}
          </option>
        ))}
      </select>
      <span data-testid="slide-counter" aria-live="polite" className="figure px-2">
        {t('ui.counter', { n: deck.index + 1, total })}
      </span>
      <button type="button" onClick={controls.next} disabled={deck.index === total - 1} aria-label={t('ui.next')} className={button}>
        →
      </button>
      <span className="flex-1" />
      {/* On a phone the deck is for reading, not presenting: the presenting tools wait for a wider screen. */}
      <span className="hidden items-center gap-1 md:flex">
        <button type="button" onClick={openPresenter} className={button}>
          {t('ui.presenter')}
        </button>
        <CopyLinkButton className={button} />
        <DownloadPptxButton deck={deck.rendered} className={button} />
        <button type="button" onClick={controls.toggleFullscreen} aria-pressed={controls.fullscreen} className={button}>
          {t('ui.fullscreen')}
        </button>
      </span>
    </nav>
  );
}
