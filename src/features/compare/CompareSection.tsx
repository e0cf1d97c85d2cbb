import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n/react';
import { SectionFrame } from '@/components/SectionFrame';
import { BudgetRedirectedError, BudgetValidationError } from '@/data/budgetErrors';
import { type DatasetSource } from '@/data/datasetSource';
import { sourceQueryOptions } from '@/data/queries/sourceQuery';
import { DatasetNotFoundError } from '@/data/datasetLibrary';
import { compareBudgets } from '@/domain/compare';
import { useBudgetModel } from '@/state/budgetContext';
import { useCompareSource } from '@/state/datasetState';
import { useCategoryFilter } from '@/state/viewState';
import { CompareChooser } from './CompareChooser';
import { ComparisonView } from './ComparisonView';

function Compared({ source }: { source: DatasetSource }) {
  const { t } = useTranslation('compare');
  const budget = useBudgetModel();
  const [filterId] = useCategoryFilter();
  const [, setCompare] = useCompareSource();
  const other = useQuery(sourceQueryOptions(source));
  const reason = (error: Error) =>
    error instanceof BudgetValidationError
      ? t('failedInvalid', { count: error.issues.length })
      : error instanceof DatasetNotFoundError
        ? t('failedMissing')
        : error instanceof BudgetRedirectedError
          ? t('failedRedirected')
          : error.message;
  if (other.isPending) return <p role="status">{t('loading')}</p>;
  if (other.isError) {
    return (
      <div role="alert" className="rounded border border-bad bg-paper p-4">
        <p className="font-semibold text-bad">{t('failed')}</p>
        <p className="text-sm text-ink-soft">{reason(other.error)}</p>
        <button type="button" onClick={() => setCompare(undefined)} className="mt-2 rounded border border-line px-3 py-1 text-sm hover:bg-canvas">
          {t('clear')}
        </button>
      </div>
    );
  }
  return <ComparisonView comparison={compareBudgets(budget, other.data.model, filterId)} />;
}

/** Two datasets side by side; without a choice, how to make one. */
export function CompareSection({ id }: { id: string }) {
  const { t } = useTranslation('compare');
  const [source] = useCompareSource();
  return (
    <SectionFrame id={id} title={t('common:section.compare')} intro={t('intro')} resetKey={source ? JSON.stringify(source) : ''}>
      <CompareChooser />
      {source ? (
        <Compared source={source} />
      ) : (
        <div className="rounded-lg border border-dashed border-line bg-paper p-6">
          <p className="font-semibold">{t('emptyTitle')}</p>
          <p className="mt-1 text-ink-soft">{t('emptyHowTo')}</p>
        </div>
      )}
    </SectionFrame>
  );
}
