import { useTranslation } from '@/i18n/react';
import { GlossaryTerm } from '@/components/GlossaryTerm';
import { KpiTile } from '@/components/KpiTile';
import { resolveFilter } from '@/domain/categoryFilter';
import type { SpecRow } from '@/domain/charts/spec';
import { basicProjectSpec, personnelPublicSpec, revenueSpec } from '@/domain/charts/amountSpecs';
import { staffingSummary } from '@/domain/staffing';
import { operatingExpensesChange, totalChange, type Change } from '@/domain/yearOverYear';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat, type Formatter } from '@/state/useFormat';
import { useCategoryFilter } from '@/state/viewState';

function changeText(change: Change, format: Formatter, t: (key: string, o?: Record<string, unknown>) => string): string {
  if (change.change === undefined || change.previousYear === undefined) return t('noPrevious');
  return t('change', { year: change.previousYear, change: format.amount(change.change, { signed: true }), pct: format.percent(change.growthPct, { signed: true }) });
}

/** The headline tiles: one number each, with its context underneath. */
export function OverviewKpis() {
  const { t } = useTranslation('overview');
  const budget = useBudgetModel();
  const format = useFormat();
  const [filterId] = useCategoryFilter();
  const selection = resolveFilter(budget, filterId);
  const total = totalChange(budget);
  const operating = operatingExpensesChange(budget);
  const revenue = revenueSpec(budget).rows;
  const [basic, project] = basicProjectSpec(budget).rows;
  const [personnel, publicOperating] = personnelPublicSpec(budget).rows;
  const staff = staffingSummary(budget);
  const pair = (a: SpecRow | undefined, b: SpecRow | undefined) => `${format.amountNumber(a?.value)} / ${format.amount(b?.value)}`;

  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {selection ? (
        <KpiTile
          tone="accent"
          label={t('filtered', { name: selection.trail.map((n) => format.name(n)).join(' › ') })}
          value={format.amount(selection.amount)}
          detail={t('common:shareOfTotal', { share: format.percent(selection.shareOfTotal) })}
        />
      ) : null}
      <KpiTile label={t('total')} value={format.amount(budget.total)} detail={<>{changeText(total, format, t)}{total.reason ? <span className="block">{t('reason', { reason: total.reason })}</span> : null}</>} />
      <KpiTile
        label={t('revenueMain')}
        value={format.amount(revenue[0]?.value)}
        detail={format.list(revenue.map((r) => t('revenueDetail', { name: format.name(r), share: format.percent(r.share) })))}
      />
      <KpiTile label={<><GlossaryTerm term="基本支出" /> / <GlossaryTerm term="项目支出" /></>} value={pair(basic, project)} detail={t('basicProject', { share: format.percent(basic?.share) })} />
      <KpiTile label={t('personnelPublic')} value={pair(personnel, publicOperating)} detail={t('personnelShare', { share: format.percent(personnel?.share) })} />
      <KpiTile label={<GlossaryTerm term="“三公”经费">{t('threePublic')}</GlossaryTerm>} value={format.amount(budget.threePublic?.total)} />
      <KpiTile label={t('operatingExpenses')} value={format.amount(operating.current)} detail={changeText(operating, format, t)} />
      <KpiTile
        label={t('staff')}
        value={t('staffValue', { inService: format.count(staff.inService), authorized: format.count(staff.authorized) })}
        detail={staff.vacant !== undefined ? t('vacant', { count: staff.vacant }) : undefined}
      />
    </dl>
  );
}
