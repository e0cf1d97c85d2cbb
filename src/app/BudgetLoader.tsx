import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BudgetValidationError, SEED_URL, budgetQueryOptions } from '@/data/budgetQuery';
import { BudgetContext } from '@/state/budgetContext';
import { useUrlParam } from '@/state/urlState';
import { Dashboard } from './Dashboard';
import { DashboardSkeleton } from './DashboardSkeleton';
import { ValidationReport } from './ValidationReport';

/** Loads the budget named by `?data=` (else the bundled seed): loading → error → dashboard. */
export function BudgetLoader() {
  const { t } = useTranslation();
  const url = useUrlParam('data') ?? SEED_URL;
  const query = useQuery(budgetQueryOptions(url));

  if (query.isPending) return <DashboardSkeleton label={t('loading')} />;
  if (query.isError) {
    const error = query.error;
    return (
      <main className="mx-auto max-w-3xl p-8">
        <div role="alert" className="rounded-lg border border-bad bg-paper p-6">
          <h1 className="mb-2 text-xl font-bold text-bad">{error instanceof BudgetValidationError ? t('invalidData') : t('loadError')}</h1>
          {error instanceof BudgetValidationError ? <ValidationReport source={error.source} issues={error.issues} /> : <p className="text-ink-soft">{error.message}</p>}
          <button type="button" onClick={() => void query.refetch()} className="mt-4 rounded bg-accent px-4 py-2 text-white hover:bg-accent-strong">
            {t('retry')}
          </button>
        </div>
      </main>
    );
  }
  return (
    <BudgetContext.Provider value={query.data}>
      <Dashboard />
    </BudgetContext.Provider>
  );
}
