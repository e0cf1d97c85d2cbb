import { useId } from 'react';
import { useTranslation } from '@/i18n/react';
import { DataTable } from '@/components/DataTable';
import type { TableData } from '@/components/table';
import { staffingByKind } from '@/domain/staffing';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';

/** Posts and people per kind of post, only for the kinds the document states. */
export function StaffingByKind() {
  const { t } = useTranslation('staffing');
  const budget = useBudgetModel();
  const format = useFormat();
  const headingId = useId();
  const rows = staffingByKind(budget);
  if (rows.length === 0) return null;
  const title = t('byKindTitle');
  const table: TableData = {
    columns: [
      { key: 'kind', label: t('columns.kind') },
      { key: 'authorized', label: t('columns.authorized'), numeric: true },
      { key: 'inService', label: t('columns.inService'), numeric: true },
    ],
    rows: rows.map((row) => ({
      key: row.kind,
      cells: [t(`kind.${row.kind}`), format.count(row.authorized), format.count(row.inService)].map((display) => ({ display, csv: display })),
    })),
  };
  return (
    <section aria-labelledby={headingId} className="self-start rounded-lg border border-line bg-paper p-4 shadow-sm">
      <h3 id={headingId} className="mb-2 text-lg font-semibold">
        {title}
      </h3>
      <DataTable table={table} caption={title} />
    </section>
  );
}
