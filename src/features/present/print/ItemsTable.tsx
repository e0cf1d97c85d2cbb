import { useTranslation } from '@/i18n/react';
import { itemRows, itemTotal } from '@/domain/charts/itemRows';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';

/** Every 项 under the filter with its 类/款, and a total row beside the document's own figure. */
export function ItemsTable({ filterId }: { filterId: string | undefined }) {
  const { t } = useTranslation('present');
  const budget = useBudgetModel();
  const format = useFormat();
  const rows = itemRows(budget, filterId);
  if (rows.length === 0) return null;
  const total = itemTotal(budget, rows, filterId);
  return (
    <table className="w-full border-collapse text-[11px] leading-snug">
      <caption className="mb-1 text-left text-[13px] font-semibold">{t('handout.items')}</caption>
      <thead>
        <tr className="border-b-2 border-line text-left text-ink-soft">
          <th scope="col" className="py-0.5 pr-2 font-semibold">{t('handout.column.line')}</th>
          <th scope="col" className="py-0.5 pr-2 font-semibold">{t('handout.column.path')}</th>
          <th scope="col" className="py-0.5 pr-2 text-right font-semibold">{t('handout.column.amount')}</th>
          <th scope="col" className="py-0.5 text-right font-semibold">{t('handout.column.share')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-line">
            <th scope="row" className="py-0.5 pr-2 text-left font-normal">{format.name(row)}</th>
            <td className="py-0.5 pr-2 text-ink-soft">{row.path.map((p) => format.name(p)).join(' › ')}</td>
            <td className="figure py-0.5 pr-2 text-right whitespace-nowrap">{format.amount(row.value)}</td>
            <td className="figure py-0.5 text-right">{row.share === undefined ? '' : format.percent(row.share)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t-2 border-ink font-semibold">
          <th scope="row" colSpan={2} className="py-0.5 pr-2 text-left">
            {t('handout.total')}
          </th>
          <td className="figure py-0.5 pr-2 text-right whitespace-nowrap">{format.amount(total.sum)}</td>
          <td className="py-0.5 text-right text-[10px] font-normal text-ink-soft">
            {total.stated !== undefined && total.stated !== total.sum ? t('handout.stated', { amount: format.amount(total.stated) }) : ''}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
