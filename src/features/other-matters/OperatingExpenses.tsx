import { useTranslation } from '@/i18n/react';
import { ChartFrame } from '@/components/ChartFrame';
import { ColumnChart } from '@/components/charts';
import { amountFormatter, specToChartData } from '@/components/specView';
import type { TableData } from '@/components/table';
import { operatingExpensesSpec, operatingGrowthCheck } from '@/domain/charts/threePublicSpec';
import { decimalsOf, fenToDecimalString } from '@/domain/money';
import { operatingExpensesChange } from '@/domain/yearOverYear';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { FindingsLink } from './FindingsLink';

/** 机关运行经费 last year vs this year, with the document's stated growth beside the computed one. */
export function OperatingExpenses() {
  const { t } = useTranslation('other');
  const budget = useBudgetModel();
  const format = useFormat();
  const spec = operatingExpensesSpec(budget);
  if (!spec) return null;
  const change = operatingExpensesChange(budget);
  const check = operatingGrowthCheck(budget);
  const title = t('operatingChart');
  const table: TableData = {
    columns: [
      { key: 'year', label: t('yearColumn') },
      { key: 'amount', label: t('common:columns.amount', { unit: format.unitLabel }), numeric: true },
    ],
    rows: spec.rows.map((row) => ({
      key: row.key,
      cells: [
        { display: format.name(row), csv: format.name(row) },
        { display: format.amountNumber(row.value), csv: row.value === undefined ? format.amount(undefined) : fenToDecimalString(row.value, format.unit) },
      ],
    })),
  };
  const height = 200;
  return (
    <div className="flex flex-col gap-3">
      <ChartFrame
        title={title}
        subtitle={t('operatingSubtitle', { previous: change.previousYear ?? budget.fiscalYear - 1, year: budget.fiscalYear, unit: format.unitLabel })}
        chart={<ColumnChart id="other-operating" data={specToChartData(spec, format)} valueFormatter={amountFormatter(format, true)} ariaLabel={title} height={height} />}
        table={table}
        source={budget.source.title}
        height={height}
      />
      <div className="rounded-lg border border-line bg-paper p-4 text-sm shadow-sm">
        <p className="figure text-base font-semibold">{t('operatingCurrent', { year: budget.fiscalYear, amount: format.amount(change.current) })}</p>
        {change.change !== undefined ? (
          <p>
            {t('operatingChange', {
              year: change.previousYear,
              change: format.amount(change.change, { signed: true }),
              pct: format.percent(change.growthPct, { signed: true }),
            })}
          </p>
        ) : null}
        {check ? (
          <p className={check.matches ? 'text-ink-soft' : 'text-bad'}>
            {t('operatingStated', {
              stated: format.percent(check.stated, { decimals: decimalsOf(check.stated) }),
              computed: format.percent(check.computed),
              verdict: t(check.matches ? 'operatingMatches' : 'operatingMismatch'),
            })}
            {check.dividedByCurrent ? <span className="block">{t('dividedByCurrent')}</span> : null}
            {check.matches ? null : <FindingsLink>{t('seeFindings')}</FindingsLink>}
          </p>
        ) : null}
        {change.reason ? <p className="text-ink-soft">{t('reason', { reason: change.reason })}</p> : null}
      </div>
    </div>
  );
}
