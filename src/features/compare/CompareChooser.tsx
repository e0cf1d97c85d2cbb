import { useTranslation } from '@/i18n/react';
import { SEED_KEY, sourceKey, useCompareSource, useCurrentSource } from '@/state/datasetState';
import { useDatasetLibrary } from '@/state/useDatasetLibrary';

/** Chooses the dataset to compare with: the seed or any of the user's, never the one on screen. */
export function CompareChooser() {
  const { t } = useTranslation('compare');
  const library = useDatasetLibrary();
  const current = sourceKey(useCurrentSource());
  const [compare, setCompare] = useCompareSource();
  const value = compare ? sourceKey(compare) : '';
  // The one on screen is not offered, unless the address chose it (a link comparing a budget with itself): then it
  // keeps its name rather than showing its key.
  const options = [{ key: SEED_KEY, label: t('seed') }, ...library.entries.map((e) => ({ key: e.id, label: e.name }))].filter(
    (o) => o.key !== current || o.key === value,
  );
  // Keep a chosen id that is not (yet) in the list selectable, so the select never lies about the URL.
  if (value && !options.some((o) => o.key === value)) options.push({ key: value, label: value });

  return (
    <div className="mb-4 flex flex-wrap items-center gap-2">
      <label htmlFor="compare-with" className="text-ink-soft">
        {t('choose')}
      </label>
      <select
        id="compare-with"
        value={value}
        onChange={(event) => setCompare(event.target.value || undefined)}
        className="max-w-80 rounded border border-line bg-paper px-2 py-1.5"
      >
        <option value="">{t('none')}</option>
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
