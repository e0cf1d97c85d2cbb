import { useEffect, useRef } from 'react';
import { useTranslation } from '@/i18n/react';
import { usePresentMode } from '@/state/viewState';
import { takeDeckClosed } from './returnFocus';

/** Opens the deck over the dashboard; the filter and language come along in the URL. */
export function PresentButton() {
  const { t } = useTranslation('actions');
  const button = useRef<HTMLButtonElement>(null);
  const [, setMode] = usePresentMode();
  // Back from the deck (Esc or the exit button): focus returns to the button that opened it, not to the page's start.
  useEffect(() => {
    if (takeDeckClosed()) button.current?.focus();
  }, []);
  return (
    <button
      ref={button}
      type="button"
      onClick={() => setMode('audience', { fromStart: true })}
      title={t('presentHint')}
      className="rounded-md bg-white px-3 py-1.5 font-semibold text-ink hover:bg-white/85"
    >
      ▶ {t('present')}
    </button>
  );
}
