import { useDeferredValue, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { SectionFrame } from '@/components/SectionFrame';
import { searchGlossary } from '@/domain/glossary';
import { useBudgetModel } from '@/state/budgetContext';
import { useLanguage } from '@/state/viewState';
import { GlossaryList } from './GlossaryList';
import { GlossarySearch } from './GlossarySearch';

/** The document's 名词解释, searchable in Chinese or English. */
export function GlossarySection({ id }: { id: string }) {
  const { t } = useTranslation('glossary');
  const { glossary } = useBudgetModel();
  const [language] = useLanguage();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const entries = searchGlossary(glossary, deferred);
  return (
    <SectionFrame id={id} title={t('common:section.glossary')} intro={glossary.length > 0 ? t('intro') : undefined}>
      {glossary.length === 0 ? (
        <p className="rounded-lg border border-line bg-paper p-4 text-ink-soft">{t('empty')}</p>
      ) : (
        <>
          <GlossarySearch query={query} onChange={setQuery} shown={entries.length} total={glossary.length} />
          {language === 'en' ? <p className="mb-3 text-sm text-ink-soft">{t('definitionsQuoted')}</p> : null}
          {entries.length > 0 ? (
            <GlossaryList entries={entries} />
          ) : (
            <p className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-paper p-4 text-ink-soft">
              {t('noMatch', { query: deferred.trim() })}
              <button type="button" onClick={() => setQuery('')} className="rounded border border-line px-3 py-1 text-ink hover:bg-canvas">
                {t('clear')}
              </button>
            </p>
          )}
        </>
      )}
    </SectionFrame>
  );
}
