/** Everything both deck windows do: turn slides, blank the screen, full screen, leave, in step with each other. */
import { useState } from 'react';
import { useLoadedBudget } from '@/state/budgetContext';
import { usePresentMode, useSlide } from '@/state/viewState';
import { useDeck, type Deck } from './useDeck';
import { useDeckKeys, type DeckActions } from './useDeckKeys';
import { useDeckSync } from './useDeckSync';
import { useFullscreen } from './useFullscreen';
import { markDeckClosed } from './returnFocus';

export interface DeckControls extends DeckActions {
  deck: Deck;
  blackout: boolean;
  fullscreen: boolean;
  goTo: (index: number) => void;
}

export function useDeckControls({ onExit }: { onExit?: () => void } = {}): DeckControls {
  const deck = useDeck();
  const { sourceId } = useLoadedBudget();
  const fullscreen = useFullscreen();
  const [blackout, setBlackout] = useState(false);
  const [, setSlide] = useSlide();
  const [, setMode] = usePresentMode();
  const post = useDeckSync(`budget-lens-deck:${sourceId}`, (message) => {
    if (message.type === 'slide') setSlide(message.id);
    else setBlackout(message.on);
  });

  const setBlack = (on: boolean) => {
    setBlackout(on);
    post({ type: 'blackout', on });
  };
  const goTo = (index: number) => {
    const id = deck.go(index);
    if (id) post({ type: 'slide', id });
  };
  // A blank screen comes back on the next key press without moving on (as in PowerPoint).
  const turn = (delta: number) => (blackout ? setBlack(false) : goTo(deck.index + delta));

  const actions: DeckActions = {
    next: () => turn(1),
    prev: () => turn(-1),
    first: () => goTo(0),
    last: () => goTo(deck.slides.length - 1),
    exit: () => {
      fullscreen.exit();
      if (onExit) onExit();
      else {
        markDeckClosed();
        setMode(undefined, { fromStart: true });
      }
    },
    toggleFullscreen: fullscreen.toggle,
    toggleBlackout: () => setBlack(!blackout),
  };
  useDeckKeys(actions);
  return { ...actions, deck, blackout, fullscreen: fullscreen.active, goTo };
}
