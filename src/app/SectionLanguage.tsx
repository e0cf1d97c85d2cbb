import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { whenIdle } from '@/components/whenIdle';
import type { Language } from '@/i18n/languages';
import { I18nProvider, useTranslation } from '@/i18n/react';
import { ParamValue } from '@/state/urlState';
import { useLanguage } from '@/state/viewState';

/** A section not on screen takes a new language within this long at the latest, however busy the page. */
const CATCH_UP_MS = 1000;

/**
 * The language a section draws in. On screen, the address's, in the same render as the header. Off
 * screen (below the first screen, or far), the previous one until the page is idle, then the new one
 * in a transition of its own: each section is rewritten in its own commit, so no one long task holds
 * the page after a switch, and a switch undone before then costs the section nothing.
 */
export function useSectionLanguage(deferred: boolean): Language {
  const [current] = useLanguage();
  const [shown, setShown] = useState(current);
  // On screen it follows at once (React's "adjust state while rendering"), so scrolling back there later finds it current.
  if (!deferred && shown !== current) setShown(current);
  useEffect(() => {
    if (!deferred || shown === current) return;
    return whenIdle(() => startTransition(() => setShown(current)), CATCH_UP_MS);
  }, [current, deferred, shown]);
  return deferred ? shown : current;
}

/** Gives a section's labels, formats and links the language it draws in (useSectionLanguage). */
export function SectionLanguage({ language, children }: { language: Language; children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ParamValue param="lang" value={language}>
      <I18nProvider i18n={i18n} language={language}>
        {children}
      </I18nProvider>
    </ParamValue>
  );
}
