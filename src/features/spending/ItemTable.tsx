import { useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { DownloadCsvButton } from '@/components/DownloadCsvButton';
import { emptyClasses, itemRows, itemTotal } from '@/domain/charts/itemRows';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useCategoryFilter } from '@/state/viewState';
import { ItemRowsTable } from './ItemRowsTable';
import { deferredTable, itemTable, itemTotalRow } from './itemTable';
import { Pager } from './Pager';

/** Rows on one page: enough to read, few enough that 5,000 项 keep the page light. */
export const PAGE_SIZE = 25;

/** Every 项 under the active filter; a new filter starts again at the first page. */
export function ItemTable() {
  const [filterId] = useCategoryFilter();
  return <ItemTableView key={filterId ?? ''} filterId={filterId} />;
}

function ItemTableView({ filterId }: { filterId: string | undefined }) {
  const { t } = useTranslation('spending');
  const budget = useBudgetModel();
  const format = useFormat();
  const [page, setPage] = useState(0);
  // Thousands of 项 are walked once per budget and filter, not on every render.
  const rows = useMemo(() => itemRows(budget, filterId), [budget, filterId]);
  const total = useMemo(() => itemRows(budget).length, [budget]);
  const sum = useMemo(() => itemTotalRow(itemTotal(budget, rows, filterId), budget.total, format, t), [budget, rows, filterId, format, t]);
  const unlisted = emptyClasses(budget, filterId);
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const from = page * PAGE_SIZE;
  const shown = itemTable(rows.slice(from, from + PAGE_SIZE), format, t);
  const csv = useMemo(
    () =>
      deferredTable(() => {
        const table = itemTable(rows, format, t);
        return { ...table, rows: [...table.rows, sum] };
      }),
    [rows, format, t, sum],
  );
  const title = t('items.title');

  return (
    <section aria-labelledby="spending-items-title" className="flex flex-col gap-3 rounded-lg border border-line bg-paper p-4 shadow-sm">
      <header>
        <h3 id="spending-items-title" className="text-lg font-semibold">
          {title}
        </h3>
        <p className="text-sm text-ink-soft">{t('items.subtitle', { unit: format.unitLabel })}</p>
        <p className="text-sm text-ink-soft">
          {rows.length === total
            ? t('items.count', { n: format.count(total) })
            : t('items.countFiltered', { n: format.count(rows.length), total: format.count(total) })}
          {unlisted.length > 0 ? t('items.unlisted', { names: format.list(unlisted.map((n) => format.name(n))) }) : null}
        </p>
      </header>
      {rows.length === 0 ? <p className="text-ink-soft">{t('items.empty')}</p> : <ItemRowsTable table={shown} caption={title} total={sum} />}
      {pageCount > 1 ? (
        <Pager
          page={page}
          pageCount={pageCount}
          onPage={setPage}
          labels={{
            nav: t('items.pager'),
            range: t('items.range', { from: format.count(from + 1), to: format.count(Math.min(rows.length, from + PAGE_SIZE)), n: format.count(rows.length) }),
            previous: t('items.previous'),
            next: t('items.next'),
          }}
        />
      ) : null}
      <footer className="flex flex-wrap items-center justify-between gap-2 border-t border-line pt-2 text-xs text-ink-soft">
        <span>{t('common:sourceLine', { title: budget.source.title })}</span>
        <DownloadCsvButton table={csv} title={title} language={format.language} />
      </footer>
    </section>
  );
}
