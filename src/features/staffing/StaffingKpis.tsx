import { useTranslation } from '@/i18n/react';
import { KpiTile } from '@/components/KpiTile';
import { resolveFilter } from '@/domain/categoryFilter';
import { perPersonMeaningful, roundForDisplay, staffingSummary } from '@/domain/staffing';
import type { Fen } from '@/domain/money';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useCategoryFilter } from '@/state/viewState';
import { peopleText } from './people';

/** Headcounts and per-person amounts: one number per tile, the sum behind it underneath. */
export function StaffingKpis() {
  const { t } = useTranslation('staffing');
  const budget = useBudgetModel();
  const format = useFormat();
  const [filterId] = useCategoryFilter();
  const selection = resolveFilter(budget, filterId);
  const staff = staffingSummary(budget);
  const filtered = selection ? staffingSummary(budget, selection.amount) : undefined;
  const filterName = selection?.trail.map((n) => format.name(n)).join(' › ');
  const meaningful = selection ? perPersonMeaningful(selection.trail) : true;
  // While a filter is set, each headcount and whole-budget figure says the filter leaves it alone.
  const scope = selection ? t('common:unfiltered') : undefined;
  const people = peopleText(staff.inService, format, t);
  // Per-person figures are derived, so they show at 2 decimals of the unit; the exact 分 stay in the domain.
  const perPerson = (fen: Fen | undefined) => (fen === undefined ? format.amount(undefined) : format.amount(roundForDisplay(fen, format.unit)));
  // The division behind a per-person figure; keep-all so "109.25 万元" never splits inside 万元 on a phone.
  const division = (result: Fen | undefined, sum: string) => (result === undefined ? t('noPerPerson') : <span className="break-keep">{sum}</span>);
  const gap =
    staff.overAuthorized !== undefined
      ? t('overAuthorized', { count: staff.overAuthorized })
      : staff.vacant !== undefined
        ? t('vacant', { count: staff.vacant })
        : undefined;

  return (
    <div className="flex flex-col gap-2">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3">
        <KpiTile label={t('authorized')} value={peopleText(staff.authorized, format, t)} detail={gap} scope={scope} />
        <KpiTile label={t('inService')} value={people} scope={scope} />
        <KpiTile label={t('offDutyRetired')} value={peopleText(staff.offDutyRetired, format, t)} detail={t('offDutyRetiredDetail')} scope={scope} />
        <KpiTile label={t('retired')} value={peopleText(staff.retired, format, t)} scope={scope} />
        <KpiTile
          scope={scope}
          label={t('budgetPerPerson')}
          value={perPerson(staff.budgetPerPerson)}
          detail={division(staff.budgetPerPerson, t('budgetPerPersonDetail', { total: format.amount(budget.total), people }))}
        />
        <KpiTile
          scope={scope}
          label={t('personnelPerPerson')}
          value={perPerson(staff.personnelPerPerson)}
          detail={division(staff.personnelPerPerson, t('personnelPerPersonDetail', { amount: format.amount(budget.spending.personnel), people }))}
        />
        {selection && filtered && meaningful ? (
          <KpiTile
            tone="accent"
            label={t('filteredPerPerson', { name: filterName })}
            value={perPerson(filtered.budgetPerPerson)}
            detail={division(filtered.budgetPerPerson, t('filteredPerPersonDetail', { amount: format.amount(selection.amount), people }))}
          />
        ) : null}
      </dl>
      {selection && !meaningful ? <p className="text-sm text-ink-soft">{t('noFilteredPerPerson', { name: filterName })}</p> : null}
    </div>
  );
}
