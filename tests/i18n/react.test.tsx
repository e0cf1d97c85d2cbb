import { act, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, useTranslation } from '@/i18n/react';
import { Translator } from '@/i18n/translator';
import type { Language } from '@/i18n/languages';
import { common } from '@/i18n/messages/common';


describe('switching the language', () => {
  it('draws every label once in the new language, not once stale and again when the translator hears of it', () => {
    const i18n = new Translator('zh-CN', { common });
    const renders: string[] = [];
    function Title() {
      const { t, language } = useTranslation();
      renders.push(`${language} ${t('section.overview')}`);
      return <h1>{t('section.overview')}</h1>;
    }
    let switchTo: (language: Language) => void = () => undefined;
    // The app's wiring: the language comes from the address, and the translator is told after the render.
    function Page() {
      const [language, setLanguage] = useState<Language>('zh-CN');
      switchTo = setLanguage;
      useEffect(() => i18n.changeLanguage(language), [language]);
      return (
        <I18nProvider i18n={i18n} language={language}>
          <Title />
        </I18nProvider>
      );
    }
    render(<Page />);
    renders.length = 0;
    act(() => switchTo('en'));
    expect(screen.getByRole('heading')).toHaveTextContent('Overview');
    // The language a component reads (for a file name, a bracket) switches in that same render.
    expect(renders).toEqual(['en Overview']);
    expect(i18n.language).toBe('en');
  });
});
