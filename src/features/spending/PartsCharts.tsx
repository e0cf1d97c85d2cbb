import { useMemo } from 'react';
import { useTranslation } from '@/i18n/react';
import { basicProjectSpec, personnelPublicSpec } from '@/domain/charts/amountSpecs';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { PartsChart } from './PartsChart';

/** 基本支出 vs 项目支出 of the total, and 人员经费 vs 公用经费 within 基本支出. */
export function PartsCharts() {
  const { t } = useTranslation('spending');
  const budget = useBudgetModel();
  const format = useFormat();
  const basicProject = useMemo(() => basicProjectSpec(budget), [budget]);
  const personnelPublic = useMemo(() => personnelPublicSpec(budget), [budget]);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <PartsChart id="spending-basic-project" spec={basicProject} title={t('parts.basicProjectTitle')} subtitle={t('parts.basicProjectSubtitle', { unit: format.unitLabel })} />
      <PartsChart id="spending-personnel-public" spec={personnelPublic} title={t('parts.personnelPublicTitle')} subtitle={t('parts.personnelPublicSubtitle', { unit: format.unitLabel })} />
    </div>
  );
}
