import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from '@/i18n/react';
import { flattenCategories } from '@/domain/categoryTree';
import { resolveFilter } from '@/domain/categoryFilter';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useCategoryFilter } from '@/state/viewState';

/** Only large budgets need it: fetched with them, not with every page. */
const CategorySearch = lazy(() => import('./CategorySearch').then((m) => ({ default: m.CategorySearch })));

/**
 * Above this many categories the list holds only 类 and 款 (plus the one chosen) and
 * a search box reaches every 项: a list of thousands of options is slow to draw on
 * every filter change and useless to scroll.
 */
const MAX_LISTED = 300;

function chipText(selection: NonNullable<ReturnType<typeof resolveFilter>>, format: ReturnType<typeof useFormat>, t: (key: string, options?: Record<string, unknown>) => string): string {
  const name = t('filter.active', { name: selection.trail.map((n) => format.name(n)).join(' › ') });
  return selection.amount !== undefined ? `${name} · ${format.amount(selection.amount)}` : name;
}

/** The one category filter: a list of 类/款/项 by name, a search for large budgets, and a chip to clear it. */
export function FilterBar() {
  const { t } = useTranslation();
  const budget = useBudgetModel();
  const format = useFormat();
  const [filterId, setFilter] = useCategoryFilter();
  const selection = resolveFilter(budget, filterId);
  const all = useMemo(() => flattenCategories(budget.functional), [budget.functional]);
  const large = all.length > MAX_LISTED;
  const options = large ? all.filter((node) => node.depth <= 1 || node.id === selection?.node.id) : all;

  return (
    <div role="search" aria-label={t('filter.label')} className="flex flex-wrap items-center gap-2 text-sm lg:shrink-0 lg:flex-nowrap">
      <label htmlFor="category-filter" className="text-ink-soft">
        {t('filter.label')}
      </label>
      <select
        id="category-filter"
        value={selection ? selection.node.id : ''}
        onChange={(event) => setFilter(event.target.value || undefined)}
        className="max-w-64 rounded border border-line bg-paper px-2 py-1.5 lg:max-w-48"
      >
        <option value="">{t('filter.all')}</option>
        {options.map((node) => (
          <option key={node.id} value={node.id}>
            {'\u3000'.repeat(node.depth)}
            {format.name(node)}
          </option>
        ))}
      </select>
      {large ? (
        <Suspense fallback={<span className="inline-block h-8 w-56" />}>
          <CategorySearch nodes={all} format={format} onChoose={setFilter} />
        </Suspense>
      ) : null}
      {selection ? (
        <span className="inline-flex min-w-0 items-center gap-1 rounded-full bg-accent py-1 pl-3 pr-1 text-white" data-testid="filter-chip">
          {/* One row at desktop width: a deep 类 › 款 › 项 trail is cut with an ellipsis, the full text stays in the title. */}
          <span className="truncate lg:max-w-80" title={chipText(selection, format, t)}>
            {chipText(selection, format, t)}
          </span>
          <button type="button" onClick={() => setFilter(undefined)} className="rounded-full px-2 py-0.5 hover:bg-accent-strong" aria-label={t('filter.clear')}>
            ✕
          </button>
        </span>
      ) : null}
    </div>
  );
}
