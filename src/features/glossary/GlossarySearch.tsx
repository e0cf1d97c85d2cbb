import { useId } from 'react';
import { useTranslation } from '@/i18n/react';

interface GlossarySearchProps {
  query: string;
  onChange: (query: string) => void;
  shown: number;
  total: number;
}

/** The search box, with the number of terms shown announced politely as it changes. */
export function GlossarySearch({ query, onChange, shown, total }: GlossarySearchProps) {
  const { t } = useTranslation('glossary');
  const id = useId();
  return (
    <div className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {t('search')}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && query && onChange('')}
        placeholder={t('searchPlaceholder')}
        className="w-full max-w-sm rounded border border-line bg-paper px-3 py-1.5 text-base sm:w-72"
      />
      <p aria-live="polite" className="text-sm text-ink-soft">
        {t('count', { shown, total })}
      </p>
    </div>
  );
}
