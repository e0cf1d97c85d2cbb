import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { GlossaryTerm } from '@/components/GlossaryTerm';
import { KpiTile } from '@/components/KpiTile';
import { UnstatedNote } from '@/components/UnstatedNote';
import { resolveFilter } from '@/domain/categoryFilter';
import type { SpecRow } from '@/domain/charts/spec';
import { basicProjectSpec, personnelPublicSpec } from '@/domain/charts/amountSpecs';
import { revenueTotal } from '@/domain/charts/revenueTotal';
import { staffingSummary } from '@/domain/staffing';
import { operatingExpensesChange, totalChange } from '@/domain/yearOverYear';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useCategoryFilter } from '@/state/viewState';
import { changeText } from './changeText';

/** Sources named in the revenue tile's subtitle before "等 N 项". */
const SOURCES_SHOWN = 3;

interface Tile {
  key: string;
  label: ReactNode;
  /** The label as plain words, for the "未说明" line when the tile has nothing to show. */
  name: string;
  /** Undefined when the document states none of the tile's figures. */
  value: string | undefined;
  detail?: ReactNode;
}

/**
 * The headline tiles: one number each, with its context underneath. A tile the
 * document gives no figure for is folded into one quiet "未说明：…" line, and while a
 * filter is set every tile it does not change says so.
 */
export function OverviewKpis() {
  const { t } = useTranslation('overview');
  const budget = useBudgetModel();
  const format = useFormat();
  const terms = { glossary: budget.glossary, language: format.language };
  const [filterId] = useCategoryFilter();
  const selection = resolveFilter(budget, filterId);
  const operating = operatingExpensesChange(budget);
  const revenue = revenueTotal(budget);
  const [basic, project] = basicProjectSpec(budget).rows;
  const [personnel, publicOperating] = personnelPublicSpec(budget).rows;
  const staff = staffingSummary(budget);
  const pair = (a: SpecRow | undefined, b: SpecRow | undefined) =>
    a?.value === undefined && b?.value === undefined ? undefined : `${format.amountNumber(a?.value)} / ${format.amount(b?.value)}`;
  const total = totalChange(budget);
  const sources = revenue?.sources ?? [];
  const sourceWords = sources
    .slice(0, SOURCES_SHOWN)
    .map((r) => t('revenueDetail', { name: format.name(r), amount: format.amount(r.value), share: format.percent(r.share) }));
  const more = sources.length - SOURCES_SHOWN;

  const tiles: Tile[] = [
    {
      key: 'total',
      label: t('total'),
      name: t('total'),
      value: format.headline(budget.total),
      detail: (
        <>
          {changeText(total, format, t)}
          {total.reason ? <span className="block">{t('reason', { reason: total.reason })}</span> : null}
        </>
      ),
    },
    {
      key: 'revenue',
      label: t('revenueTotal'),
      name: t('revenueTotal'),
      value: revenue ? format.headline(revenue.value) : undefined,
      detail: format.list(more > 0 ? [...sourceWords, t('revenueMore', { count: more })] : sourceWords),
    },
    {
      key: 'basicProject',
      label: (
        <>
          <GlossaryTerm term="基本支出" {...terms} /> / <GlossaryTerm term="项目支出" {...terms} />
        </>
      ),
      name: t('basicProjectName'),
      value: pair(basic, project),
      detail: basic?.share !== undefined ? t('basicProject', { share: format.percent(basic.share) }) : undefined,
    },
    {
      key: 'personnelPublic',
      label: t('personnelPublic'),
      name: t('personnelPublic'),
      value: pair(personnel, publicOperating),
      detail: personnel?.share !== undefined ? t('personnelShare', { share: format.percent(personnel.share) }) : undefined,
    },
    {
      key: 'threePublic',
      label: <GlossaryTerm term="“三公”经费" {...terms}>{t('threePublic')}</GlossaryTerm>,
      name: t('threePublic'),
      value: budget.threePublic?.total === undefined ? undefined : format.headline(budget.threePublic.total),
    },
    {
      key: 'operating',
      label: t('operatingExpenses'),
      name: t('operatingExpenses'),
      value: operating.current === undefined ? undefined : format.headline(operating.current),
      detail: changeText(operating, format, t),
    },
    {
      key: 'staff',
      label: t('staff'),
      name: t('staff'),
      value:
        staff.inService === undefined && staff.authorized === undefined
          ? undefined
          : t('staffValue', { inService: format.count(staff.inService), authorized: format.count(staff.authorized) }),
      detail: staff.vacant !== undefined ? t('vacant', { count: staff.vacant }) : undefined,
    },
  ];
  const shown = tiles.filter((tile) => tile.value !== undefined);
  const unstated = tiles.filter((tile) => tile.value === undefined);
  const unfiltered = selection ? t('common:unfiltered') : undefined;

  return (
    <div className="flex flex-col gap-2">
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {selection ? (
          <KpiTile
            tone="accent"
            label={t('filtered', { name: selection.trail.map((n) => format.name(n)).join(' › ') })}
            value={format.headline(selection.amount)}
            detail={t('common:shareOfTotal', { share: format.percent(selection.shareOfTotal) })}
          />
        ) : null}
        {shown.map((tile) => (
          <KpiTile key={tile.key} label={tile.label} value={tile.value ?? ''} detail={tile.detail} scope={unfiltered} />
        ))}
      </dl>
      <UnstatedNote names={unstated.map((tile) => tile.name)} format={format} />
    </div>
  );
}
