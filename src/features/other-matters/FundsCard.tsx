import { useTranslation } from '@/i18n/react';
import type { FundUse } from '@/domain/model';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { FactList, type Fact } from './FactList';

/** Government fund and state-capital appropriations ("none" ≠ 0 ≠ not stated) and procurement. */
export function FundsCard() {
  const { t } = useTranslation('other');
  const budget = useBudgetModel();
  const format = useFormat();
  const fund = (key: 'governmentFund' | 'stateCapital', value: FundUse | undefined): Fact => ({
    key,
    label: t(key),
    value: value === 'none' ? t('noneThisYear') : format.amount(value),
    wordValue: value === undefined || value === 'none',
  });
  const facts: Fact[] = [
    fund('governmentFund', budget.funds?.governmentFund),
    fund('stateCapital', budget.funds?.stateCapital),
    {
      key: 'procurement',
      label: t('procurement'),
      value: format.amount(budget.procurement),
      wordValue: budget.procurement === undefined,
      ...(budget.procurementPurpose ? { detail: t('procurementPurpose', { purpose: budget.procurementPurpose }) } : {}),
    },
  ];
  return <FactList title={t('fundsTitle')} facts={facts} />;
}
