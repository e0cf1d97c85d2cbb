import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { KpiTile } from '@/components/KpiTile';
import { UnstatedNote } from '@/components/UnstatedNote';
import { perPersonMeaningful, roundForDisplay, staffingSummary } from '@/domain/staffing';
import type { Fen } from '@/domain/money';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useFilterSelection } from '@/state/useFilterSelection';
import { peopleText } from './people';

/** Headcounts and per-person amounts: one number per tile, the sum behind it underneath. */
export function StaffingKpis() {
  const { t } = useTranslation('staffing');
  const budget = useBudgetModel();
  const format = useFormat();
  const selection = useFilterSelection(budget);
  const staff = staffingSummary(budget);
  const filtered = selection ? staffingSummary(budget, selection.amount) : undefined;
  const filterName = selection?.trail.map((n) => format.name(n)).join(' › ');
  const meaningful = selection ? perPersonMeaningful(selection.trail) : true;
  // While a filter is set, each headcount and whole-budget figure says the filter leaves it alone.
  const scope = selection ? t('common:unfiltered') : undefined;
  const people = peopleText(staff.inService, format, t);
  // Per-person figures are derived, so they show at 2 decimals of the unit; the exact 分 stay in the domain.
  const perPerson = (fen: Fen | undefined) => (fen === undefined ? undefined : format.amount(roundForDisplay(fen, format.unit)));
  // The division behind a per-person figure; keep-all so "109.25 万元" never splits inside 万元 on a phone.
  const division = (sum: string) => <span className="break-keep">{sum}</span>;
  // An unstated count has no tile: it joins the one "未说明" line under them.
  const count = (value: number | undefined) => (value === undefined ? undefined : peopleText(value, format, t));
  const gap =
    staff.overAuthorized !== undefined
      ? t('overAuthorized', { count: staff.overAuthorized })
      : staff.vacant !== undefined
        ? t('vacant', { count: staff.vacant })
        : undefined;

  const tiles: { key: string; label: string; value: string | undefined; detail?: ReactNode }[] = [
    { key: 'authorized', label: t('authorized'), value: count(staff.authorized), detail: gap },
    { key: 'inService', label: t('inService'), value: count(staff.inService) },
    { key: 'offDutyRetired', label: t('offDutyRetired'), value: count(staff.offDutyRetired), detail: t('offDutyRetiredDetail') },
    { key: 'retired', label: t('retired'), value: count(staff.retired) },
    {
      key: 'budgetPerPerson',
      label: t('budgetPerPerson'),
      value: perPerson(staff.budgetPerPerson),
      detail: division(t('budgetPerPersonDetail', { total: format.amount(budget.total), people })),
    },
    {
      key: 'personnelPerPerson',
      label: t('personnelPerPerson'),
      value: perPerson(staff.personnelPerPerson),
      detail: division(t('personnelPerPersonDetail', { amount: format.amount(budget.spending.personnel), people })),
    },
  ];
  // Counts the document leaves out are named on one line; a per-person figure that cannot be divided is said once.
  const unstated = tiles.filter((tile) => tile.value === undefined && !tile.key.endsWith('PerPerson'));
  const undivided = tiles.some((tile) => tile.value === undefined && tile.key.endsWith('PerPerson'));

  return (
    <div className="flex flex-col gap-2">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        {tiles.map((tile) =>
          tile.value === undefined ? null : <KpiTile key={tile.key} label={tile.label} value={tile.value} detail={tile.detail} scope={scope} />,
        )}
        {selection && filtered && meaningful ? (
          <KpiTile
            tone="accent"
            label={t('filteredPerPerson', { name: filterName })}
            value={perPerson(filtered.budgetPerPerson) ?? format.amount(undefined)}
            detail={
              filtered.budgetPerPerson === undefined
                ? t('noPerPerson')
                : division(t('filteredPerPersonDetail', { amount: format.amount(selection.amount), people }))
            }
          />
        ) : null}
      </dl>
      <UnstatedNote names={unstated.map((tile) => tile.label)} format={format} />
      {undivided ? <p className="text-sm text-ink-soft">{t('noPerPerson')}</p> : null}
      {selection && !meaningful ? <p className="text-sm text-ink-soft">{t('noFilteredPerPerson', { name: filterName })}</p> : null}
    </div>
  );
}
