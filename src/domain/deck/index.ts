export { buildDeck, slideIndex, type DeckOptions } from './buildDeck';
export { CHECK_ROWS } from './findingsSlide';
export type { CheckRow, CountRow, DeckSlide, DeckText, DeckValue, SlideFigure, SlideId, SlideVisual } from './types';
