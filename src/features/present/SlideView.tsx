import { useTranslation } from '@/i18n/react';
import { labelled } from '@/i18n/format';
import { useLanguage } from '@/state/viewState';
import type { RenderedDeck, RenderedSlide } from './slideModel';
import { SlideVisual } from './SlideVisual';

interface SlideViewProps {
  slide: RenderedSlide;
  deck: RenderedDeck;
  number: number;
}

/**
 * One slide in the projector theme: black on white, one headline figure, the
 * chart, the takeaway. Sizes are for the 960×540 stage; the smallest text is
 * 13 px there, which is ≥ 24 px once scaled to a 1920×1080 projector.
 */
export function SlideView({ slide, deck, number }: SlideViewProps) {
  const { t } = useTranslation('present');
  const [language] = useLanguage();
  const total = deck.slides.length;
  const isTitle = slide.id === 'title';
  return (
    <article
      aria-roledescription={t('ui.slide')}
      aria-label={labelled(t('ui.slideOf', { n: number, total }), slide.title, language)}
      data-slide={slide.id}
      className="flex h-full w-full flex-col overflow-hidden bg-white px-10 pb-3 pt-6 text-black"
    >
      {isTitle ? (
        <div className="flex flex-1 flex-col justify-center gap-3">
          {slide.kicker ? <p className="text-[20px] font-semibold text-accent-strong">{slide.kicker}</p> : null}
          <h2 className="text-[40px] font-bold leading-tight">{slide.title}</h2>
          <p className="mt-4 text-[18px] text-ink-soft">{slide.headline.label}</p>
          <p data-testid="headline-figure" className="figure text-[64px] font-bold leading-none tracking-tight text-accent-strong">
            {slide.headline.value}
          </p>
          <p data-testid="takeaway" className="mt-2 text-[22px] leading-snug">
            {slide.takeaway}
          </p>
        </div>
      ) : (
        <>
          {/* The headline figure sits beside the title, so the chart gets the slide's whole width. */}
          <div className="flex items-start justify-between gap-8">
            <h2 className="min-w-0 text-[30px] font-bold leading-tight">{slide.title}</h2>
            <div className="flex max-w-[45%] shrink-0 flex-col items-end border-r-4 border-accent pr-3 text-right">
              <p className="text-[14px] leading-snug text-ink-soft">{slide.headline.label}</p>
              <p data-testid="headline-figure" className="figure text-[32px] font-bold leading-tight tracking-tight text-accent-strong">
                {slide.headline.value}
              </p>
            </div>
          </div>
          <p data-testid="takeaway" className="mt-1 text-[19px] leading-snug">
            {slide.takeaway}
          </p>
          {slide.figure ? (
            <figure data-slide-figure="" className="mt-2.5 flex min-h-0 min-w-0 flex-1 flex-col">
              <figcaption>
                <span className="block text-[16px] font-semibold">{slide.figure.title}</span>
                <span className="block text-[13px] text-ink-soft">{slide.figure.subtitle}</span>
              </figcaption>
              <div className="mt-1.5 min-h-0 flex-1">
                <SlideVisual id={`slide-${slide.id}`} visual={slide.figure.visual} label={slide.figure.title} />
              </div>
            </figure>
          ) : (
            <div className="flex-1" />
          )}
        </>
      )}
      <footer className="mt-2 flex items-center gap-4 border-t border-line pt-1.5 text-[13px] text-ink-soft">
        <span className="min-w-0 flex-1 truncate">{deck.source}</span>
        {deck.filter ? <span className="rounded-full bg-accent px-3 py-0.5 font-semibold text-white">{deck.filter}</span> : null}
        <span className="figure">{t('ui.counter', { n: number, total })}</span>
      </footer>
    </article>
  );
}
