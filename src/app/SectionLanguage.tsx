import type { ReactNode } from 'react';
import type { Language } from '@/i18n/languages';
import { I18nProvider, useTranslation } from '@/i18n/react';
import { useCatchUp } from '@/state/useCatchUp';
import { ParamValue } from '@/state/urlState';
import { useLanguage } from '@/state/viewState';

/**
 * The language a section draws in: on screen, the address's, in the same render as the header; off
 * screen (below the first screen, or far), the previous one until the page is idle (useCatchUp).
 */
export function useSectionLanguage(deferred: boolean): Language {
  const [current] = useLanguage();
  return useCatchUp(current, deferred);
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
