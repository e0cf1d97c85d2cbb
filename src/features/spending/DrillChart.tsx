import { useTranslation } from '@/i18n/react';
import { ChartFrame } from '@/components/ChartFrame';
import { BarChart } from '@/components/charts';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { Breadcrumb } from './Breadcrumb';
import { drillChartData, drillTable } from './drillTable';
import { useDrill } from './useDrill';

/** Spending by function, 类 → 款 → 项: choosing a bar or a table row drills in; the breadcrumb goes back. */
export function DrillChart() {
  const { t } = useTranslation('spending');
  const budget = useBudgetModel();
  const format = useFormat();
  const { spec, choose, goTo } = useDrill();
  const level = spec.trail.at(-1);

  if (budget.functional.length === 0) return <p className="rounded-lg border border-line bg-paper p-4 text-ink-soft">{t('drill.empty')}</p>;

  const subtitle = !level
    ? t('drill.subtitleTop', { unit: format.unitLabel })
    : spec.grouped
      ? t('drill.subtitleIn', { name: format.name(level), unit: format.unitLabel })
      : t('drill.subtitleFlat', { name: format.name(level), level: t(`levels.${level.depth + 1}`), unit: format.unitLabel });
  const note = [
    ...(spec.mismatch ? [t('drill.mismatch', { sum: format.amount(spec.mismatch.partsSum), stated: format.amount(spec.mismatch.stated) })] : []),
    ...(spec.rows.some((r) => r.isOther) ? [t('drill.otherNote')] : []),
  ];
  const hints = { drill: t('drill.drillHint'), filter: t('drill.filterHint'), selected: t('drill.selected') };

  return (
    <ChartFrame
      title={t('drill.title')}
      subtitle={subtitle}
      controls={<Breadcrumb trail={spec.trail} format={format} labels={{ nav: t('drill.breadcrumb'), all: t('drill.all') }} onGo={goTo} />}
      chart={
        <BarChart
          data={drillChartData(spec.rows, spec.grouped, format, hints)}
          ariaLabel={t('drill.title')}
          height={Math.max(120, spec.rows.length * 34)}
          selectedHint={hints.selected}
          onSelect={(key) => {
            const row = spec.rows.find((r) => r.key === key);
            if (row) choose(row);
          }}
        />
      }
      table={drillTable(spec.rows, format, t, choose)}
      source={budget.source.title}
      note={note.length > 0 ? note.join(' ') : undefined}
      height={Math.max(120, spec.rows.length * 34)}
      selectLabel={t('drill.tableHint')}
    />
  );
}
