import { useTranslation } from '@/i18n/react';
import { DeckToolbar } from './DeckToolbar';
import { SlideStage } from './SlideStage';
import { SlideView } from './SlideView';
import { useDeckControls } from './useDeckControls';

/** The audience window: the slide, as large as the screen allows, and a slim toolbar. */
export function AudienceDeck() {
  const { t } = useTranslation('present');
  const controls = useDeckControls();
  const { deck, blackout } = controls;
  const slide = deck.rendered.slides[deck.index];

  return (
    <div data-testid="deck" className="fixed inset-0 flex flex-col overflow-hidden bg-black">
      <main aria-label={t('ui.deck')} className="relative min-h-0 flex-1">
        {slide ? (
          <SlideStage>
            <SlideView slide={slide} deck={deck.rendered} number={deck.index + 1} />
          </SlideStage>
        ) : null}
        {blackout ? (
          <div className="absolute inset-0 flex items-end justify-center bg-black pb-4 text-sm text-white/40" role="status">
            {t('ui.blackout')}
          </div>
        ) : null}
      </main>
      <DeckToolbar controls={controls} />
    </div>
  );
}
