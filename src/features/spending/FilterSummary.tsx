import { useTranslation } from '@/i18n/react';
import { resolveFilter } from '@/domain/categoryFilter';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useDrillState } from '@/state/viewState';

/** With a filter active: what it selects, its amount and its share of the total, first thing in the section. */
export function FilterSummary() {
  const { t } = useTranslation('spending');
  const budget = useBudgetModel();
  const format = useFormat();
  const [{ cat: filterId }, setDrill] = useDrillState();
  const selection = resolveFilter(budget, filterId);
  if (!selection) return null;

  return (
    <div
      className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-accent bg-paper p-4 shadow-sm ring-1 ring-accent"
      aria-live="polite"
    >
      <dl className="flex flex-wrap gap-x-8 gap-y-2">
        <div>
          <dt className="text-sm text-ink-soft">{t('filtered.label')}</dt>
          <dd className="font-semibold">{selection.trail.map((n) => format.name(n)).join(' › ')}</dd>
        </div>
        <div>
          <dt className="text-sm text-ink-soft">{t('filtered.amount')}</dt>
          <dd className="figure text-2xl font-semibold">{format.amount(selection.amount)}</dd>
          <dd className="text-sm text-ink-soft">{t('filtered.share', { share: format.percent(selection.shareOfTotal) })}</dd>
        </div>
      </dl>
      <button
        type="button"
        onClick={() => setDrill({ cat: undefined, drill: undefined })}
        className="rounded border border-line px-3 py-1.5 text-sm hover:bg-canvas"
      >
        {t('filtered.clear')}
      </button>
    </div>
  );
}
