/** The deck on screen: slides built from the budget and the filter, the current one from `?slide=`. */
import { useMemo } from 'react';
import { useTranslation } from '@/i18n/react';
import type { RenderedDeck } from './slideModel';
import { resolveFilter } from '@/domain/categoryFilter';
import { buildDeck, slideIndex, type DeckSlide } from '@/domain/deck';
import { useBudgetModel } from '@/state/budgetContext';
import { useAsOfDate, useMilestoneStatuses } from '@/state/milestoneState';
import { useFormat } from '@/state/useFormat';
import { useCategoryFilter, useSlide } from '@/state/viewState';
import { renderSlide } from './renderSlide';

export interface Deck {
  slides: DeckSlide[];
  rendered: RenderedDeck;
  index: number;
  /** Moves to slide `index` (clamped); returns the slide id moved to. */
  go: (index: number) => string | undefined;
}

export function useDeck(): Deck {
  const { t } = useTranslation('present');
  const budget = useBudgetModel();
  const format = useFormat();
  const [filterId] = useCategoryFilter();
  const [requested, setSlide] = useSlide();

  const { statuses } = useMilestoneStatuses();
  const { asOf } = useAsOfDate(budget.fiscalYear);
  const slides = useMemo(() => buildDeck(budget, { filterId, progress: { statuses, asOf } }), [budget, filterId, statuses, asOf]);
  const rendered = useMemo<RenderedDeck>(() => {
    const ctx = { t, format };
    const selection = resolveFilter(budget, filterId);
    return {
      title: `${format.name(budget.department)} · ${budget.fiscalYear}`,
      language: format.language,
      source: t('ui.source', { title: budget.source.title }),
      ...(selection ? { filter: t('ui.filter', { name: selection.trail.map((n) => format.name(n)).join(' › ') }) } : {}),
      slides: slides.map((slide) => renderSlide(slide, ctx)),
    };
  }, [slides, budget, filterId, format, t]);

  const index = slideIndex(slides, requested);
  const go = (next: number) => {
    const target = slides[Math.min(Math.max(next, 0), slides.length - 1)];
    if (target) setSlide(target.id);
    return target?.id;
  };
  return { slides, rendered, index, go };
}
