/** The deck in presenting order, built from the same specs as the dashboard. */
import type { BudgetModel } from '../model';
import { findingsSlide } from './findingsSlide';
import { cohortSlides, keyWorkSlide, type KeyWorkProgress } from './keyWorkSlides';
import { threePublicSlide } from './otherSlide';
import { staffingSlide } from './peopleSlides';
import { basicProjectSlide, personnelPublicSlide, spendingSlide } from './spendingSlides';
import { overviewSlide, titleSlide } from './summarySlides';
import type { DeckSlide } from './types';

export interface DeckOptions {
  /** The dashboard's category filter, carried into the deck. */
  filterId?: string | undefined;
  /** Milestone statuses and the as-of day: overdue steps are marked on the key-work slide. */
  progress?: KeyWorkProgress | undefined;
}

export function buildDeck(budget: BudgetModel, options: DeckOptions = {}): DeckSlide[] {
  const { filterId } = options;
  const slides: (DeckSlide | undefined)[] = [
    titleSlide(budget),
    overviewSlide(budget),
    spendingSlide(budget, filterId),
    basicProjectSlide(budget),
    personnelPublicSlide(budget),
    staffingSlide(budget),
    keyWorkSlide(budget, options.progress),
    ...cohortSlides(budget),
    threePublicSlide(budget),
    findingsSlide(budget, filterId),
  ];
  return slides.filter((s): s is DeckSlide => s !== undefined);
}

/** The slide a URL names: by id, or by 1-based number; the first slide otherwise. */
export function slideIndex(slides: readonly DeckSlide[], requested: string | undefined): number {
  if (!requested) return 0;
  const byId = slides.findIndex((s) => s.id === requested);
  if (byId >= 0) return byId;
  const number = Number(requested);
  return Number.isInteger(number) && number >= 1 && number <= slides.length ? number - 1 : 0;
}
