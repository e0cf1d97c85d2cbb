/**
 * Leaving the deck swaps the whole screen back to the dashboard, so the element
 * that had focus is gone: the deck marks that it closed, and the Present button
 * that opened it takes focus when it is drawn again.
 */
let closedDeck = false;

export function markDeckClosed(): void {
  closedDeck = true;
}

/** True once after the deck closed. */
export function takeDeckClosed(): boolean {
  const was = closedDeck;
  closedDeck = false;
  return was;
}
