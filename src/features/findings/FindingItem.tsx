import { useTranslation } from '@/i18n/react';
import type { Finding } from '@/domain/findings';
import { findCategory } from '@/domain/categoryTree';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useCategoryFilter } from '@/state/viewState';
import { findingText } from './findingText';
import { STATUS_STYLE, StatusBadge } from './StatusBadge';

/** One check: its status in words, the sentence, and a way to filter every chart by its category. */
export function FindingItem({ finding, related = false, compact = false }: { finding: Finding; related?: boolean; compact?: boolean }) {
  const { t } = useTranslation('findings');
  const budget = useBudgetModel();
  const format = useFormat();
  const [filterId, setFilter] = useCategoryFilter();
  const category = findCategory(budget.functional, finding.categoryId);
  const frame = related ? 'ring-2 ring-accent' : '';
  const space = compact ? 'px-3 py-1.5' : 'p-3';

  return (
    <li
      className={`grid grid-cols-[auto_minmax(0,1fr)] items-start gap-x-3 gap-y-1 rounded-md border border-l-4 border-line bg-paper sm:grid-cols-[auto_minmax(0,1fr)_auto] ${space} ${STATUS_STYLE[finding.status].edge} ${frame}`}
    >
      <StatusBadge status={finding.status} />
      <p className="figure leading-relaxed">{findingText(finding, format, t, budget.fiscalYear)}</p>
      {category ? (
        category.id === filterId ? (
          <span className="col-start-2 justify-self-start rounded bg-accent px-2 py-0.5 text-sm text-white sm:col-start-3">{t('filtered')}</span>
        ) : (
          <button
            type="button"
            onClick={() => setFilter(category.id)}
            aria-label={t('filterByLabel', { name: format.name(category) })}
            className="col-start-2 justify-self-start rounded border border-accent px-2 py-0.5 text-sm text-accent-strong hover:bg-accent hover:text-white sm:col-start-3"
          >
            {t('filterBy')}
          </button>
        )
      ) : null}
    </li>
  );
}
