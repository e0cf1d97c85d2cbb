import { useMemo, useRef } from 'react';
import type { TFunction } from '@/i18n/translator';
import { useTranslation } from '@/i18n/react';
import { flattenCategories } from '@/domain/categoryTree';
import { resolveFilter } from '@/domain/categoryFilter';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useCategoryFilter } from '@/state/viewState';
import { LazyCategoryCombobox } from './LazyCategoryCombobox';

function chipText(selection: NonNullable<ReturnType<typeof resolveFilter>>, format: ReturnType<typeof useFormat>, t: TFunction): string {
  const name = t('filter.active', { name: selection.trail.map((n) => format.name(n)).join(' › ') });
  return selection.amount !== undefined ? `${name} · ${format.amount(selection.amount)}` : name;
}

/**
 * The one category filter: a combobox that lists and finds 类/款/项 by name, and a chip to clear it.
 * The combobox starts afresh in another language: its text is the chosen name in that language.
 */
export function FilterBar() {
  const { t } = useTranslation();
  const budget = useBudgetModel();
  const format = useFormat();
  const [filterId, setFilter] = useCategoryFilter();
  const selection = resolveFilter(budget, filterId);
  const all = useMemo(() => flattenCategories(budget.functional), [budget.functional]);
  const search = useRef<HTMLDivElement>(null);
  // The chip and its button go away: focus moves to the combobox, where the next filter is chosen.
  const clear = () => {
    setFilter(undefined);
    search.current?.querySelector('input')?.focus();
  };

  return (
    <div ref={search} role="search" aria-label={t('filter.label')} className="flex flex-wrap items-center gap-2 text-sm lg:shrink-0 lg:flex-nowrap">
      <LazyCategoryCombobox key={format.language} all={all} selected={selection?.node} format={format} onChoose={setFilter} />
      {selection ? (
        <span className="inline-flex min-w-0 items-center gap-1 rounded-full bg-accent py-1 pl-3 pr-1 text-white" data-testid="filter-chip">
          {/* One row at desktop width: a deep 类 › 款 › 项 trail is cut with an ellipsis, the full text stays in the title. */}
          <span className="truncate lg:max-w-[26rem] 2xl:max-w-[36rem]" title={chipText(selection, format, t)}>
            {chipText(selection, format, t)}
          </span>
          <button type="button" onClick={clear} className="rounded-full px-2 py-0.5 hover:bg-accent-strong" aria-label={t('filter.clear')}>
            ✕
          </button>
        </span>
      ) : null}
    </div>
  );
}
