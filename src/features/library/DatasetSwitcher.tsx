import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/i18n/react';
import { SEED_SOURCE, type DatasetSource } from '@/data/datasetSource';
import { sourceQueryOptions } from '@/data/queries/sourceQuery';
import { isLatestChoice, newChoice, SEED_KEY, showIfLatest, sourceFromKey, sourceKey, useCurrentSource } from '@/state/datasetState';
import { useDatasetLibrary } from '@/state/useDatasetLibrary';
import { reportSwitchFailure } from './problems';

/** Every dataset this page can show: the bundled seed, the user's files, a linked URL. */
export function DatasetSwitcher() {
  const { t } = useTranslation('library');
  const queryClient = useQueryClient();
  const library = useDatasetLibrary();
  const current = useCurrentSource();
  // The seed is small and same-origin: loading it names the option and makes switching instant.
  const seed = useQuery(sourceQueryOptions(SEED_SOURCE)).data?.model;
  const seedName = seed ? `${seed.department.name} ${seed.fiscalYear}` : '…';

  // Loads first and switches only when the dataset is good: a bad one never blanks the screen.
  // A later choice (here or a file opened meanwhile) wins over this one however long it takes.
  const choose = async (key: string) => {
    const choice = newChoice();
    const source: DatasetSource = sourceFromKey(key) ?? SEED_SOURCE;
    try {
      await queryClient.fetchQuery(sourceQueryOptions(source));
      showIfLatest(choice, source.kind === 'stored' ? source.id : undefined);
    } catch (error) {
      if (isLatestChoice(choice)) reportSwitchFailure(queryClient, library.entries.find((e) => e.id === key)?.name ?? key, error);
    }
  };

  return (
    <label className="flex items-center gap-1">
      <span className="text-white/75">{t('dataset')}</span>
      <select
        value={sourceKey(current)}
        onChange={(event) => void choose(event.target.value)}
        className="max-w-80 rounded border border-white/40 bg-ink px-2 py-1 text-white"
      >
        <option value={SEED_KEY}>{t('seedOption', { name: seedName })}</option>
        {current.kind === 'url' ? <option value={sourceKey(current)}>{t('linkOption', { url: current.url })}</option> : null}
        {library.entries.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
            {entry.persisted ? '' : t('notSaved')}
          </option>
        ))}
        {current.kind === 'stored' && !library.entries.some((e) => e.id === current.id) ? (
          <option value={current.id}>{t('missingOption', { id: current.id })}</option>
        ) : null}
      </select>
    </label>
  );
}
