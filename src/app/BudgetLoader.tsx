import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useDeferredValue, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { BudgetValidationError } from '@/data/budgetErrors';
import { SEED_SOURCE, type DatasetSource } from '@/data/datasetSource';
import { sourceQueryOptions } from '@/data/queries/sourceQuery';
import { findEntry } from '@/data/queries/libraryQuery';
import { SourceProblem } from '@/features/library';
import type { LoadedBudget } from '@/data/loadedBudget';
import { BudgetContext } from '@/state/budgetContext';
import { sourceKey, useCurrentSource } from '@/state/datasetState';
import { Dashboard } from './Dashboard';
import { DashboardSkeleton } from './DashboardSkeleton';

/** Only a file that fails validation needs it. */
const ValidationReport = lazy(() => import('./ValidationReport').then((m) => ({ default: m.ValidationReport })));

/**
 * Shows the dataset the URL names (`?dataset=`, `?data=`, else the bundled seed).
 * While another loads, the previous one stays; if the named one cannot be shown
 * (or its server never finishes, see loadTimeout.ts), the previous one stays, or
 * the seed on a first load, with the reason: never a blank page.
 */
export function BudgetLoader() {
  const { t } = useTranslation();
  const source = useCurrentSource();
  const queryClient = useQueryClient();
  const query = useQuery({ ...sourceQueryOptions(source), placeholderData: keepPreviousData });
  const failed = query.isError && source.kind !== 'seed';
  // The last dataset shown in full: when the next one cannot be shown (invalid, gone, a server that never
  // answers), it stays on screen rather than the seed replacing it.
  const [previous, setPrevious] = useState<{ source: DatasetSource; data: LoadedBudget }>();
  if (query.isSuccess && !query.isPlaceholderData && previous?.data !== query.data) setPrevious({ source, data: query.data });
  const kept = failed && previous && sourceKey(previous.source) !== sourceKey(source) ? previous : undefined;
  const seed = useQuery({ ...sourceQueryOptions(SEED_SOURCE), enabled: (failed && !kept) || source.kind === 'seed' });

  // A budget that arrives (or replaces another) is drawn as a deferred render, in slices: a large one
  // (thousands of 项) never holds the page in one long task, and the previous screen stays until it is ready.
  const shown: LoadedBudget | undefined = useDeferredValue(failed ? (kept?.data ?? seed.data) : query.data);
  if (shown) {
    const named = source.kind === 'stored' ? (findEntry(queryClient, source.id)?.name ?? source.id) : source.kind === 'url' ? source.url : '';
    const label = query.error instanceof BudgetValidationError ? query.error.source : named;
    return (
      <BudgetContext.Provider value={shown}>
        {failed ? <SourceProblem label={label} error={query.error} kept={kept?.source} /> : null}
        <Dashboard />
      </BudgetContext.Provider>
    );
  }
  const error = failed ? seed.error : query.error;
  if (!error) return <DashboardSkeleton label={t('loading')} />;
  return (
    <main className="mx-auto max-w-3xl p-8">
      <div role="alert" className="rounded-lg border border-bad bg-paper p-6">
        <h1 className="mb-2 text-xl font-bold text-bad">{error instanceof BudgetValidationError ? t('invalidData') : t('loadError')}</h1>
        {error instanceof BudgetValidationError ? (
          <Suspense fallback={null}>
            <ValidationReport source={error.source} issues={error.issues} />
          </Suspense>
        ) : (
          <p className="text-ink-soft">{error.message}</p>
        )}
        <button
          type="button"
          onClick={() => void (failed ? seed : query).refetch()}
          className="mt-4 rounded bg-accent px-4 py-2 text-white hover:bg-accent-strong"
        >
          {t('retry')}
        </button>
      </div>
    </main>
  );
}
