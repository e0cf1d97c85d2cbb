import { useTranslation } from '@/i18n/react';
import { findCategory } from '@/domain/categoryTree';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useCategoryFilter } from '@/state/viewState';

/** Filters every chart by the category a finding is about; says "已筛选" when it already is. */
export function FilterButton({ categoryId, className = '' }: { categoryId: string | undefined; className?: string }) {
  const { t } = useTranslation('findings');
  const budget = useBudgetModel();
  const format = useFormat();
  const [filterId, setFilter] = useCategoryFilter();
  const category = findCategory(budget.functional, categoryId);
  if (!category) return null;
  if (category.id === filterId)
    return <span className={`justify-self-start rounded bg-accent px-2 py-0.5 text-sm text-white ${className}`}>{t('filtered')}</span>;
  return (
    <button
      type="button"
      onClick={() => setFilter(category.id)}
      aria-label={t('filterByLabel', { name: format.name(category) })}
      className={`justify-self-start rounded border border-accent px-2 py-0.5 text-sm text-accent-strong hover:bg-accent hover:text-white ${className}`}
    >
      {t('filterBy')}
    </button>
  );
}
