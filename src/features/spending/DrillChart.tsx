import { useId } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '@/i18n/react';
import { ChartFrame } from '@/components/ChartFrame';
import { BarList } from '@/components/charts';
import { amountFormatter } from '@/components/specView';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { Breadcrumb } from './Breadcrumb';
import { drillChartData, drillTable, levelWord } from './drillTable';
import { useDrill } from './useDrill';

/** Spending by function, 类 → 款 → 项: choosing a bar or a table row drills in; the breadcrumb goes back. */
export function DrillChart() {
  const { t } = useTranslation('spending');
  const budget = useBudgetModel();
  const format = useFormat();
  const drill = useDrill();
  const { spec } = drill;
  const level = spec.trail.at(-1);
  // A drill step replaces the bar or breadcrumb that was clicked: once the new level is drawn, focus moves to
  // its name (only after the reader's own step, never when the header's filter changes the level).
  const currentId = useId();
  const step = (go: () => void) => {
    flushSync(go);
    document.getElementById(currentId)?.focus();
  };
  const choose: typeof drill.choose = (row) => (row.drillable ? step(() => drill.choose(row)) : drill.choose(row));
  const goTo: typeof drill.goTo = (node) => step(() => drill.goTo(node));

  if (budget.functional.length === 0) return <p className="rounded-lg border border-line bg-paper p-4 text-ink-soft">{t('drill.empty')}</p>;

  const subtitle = !level
    ? t('drill.subtitleTop', { unit: format.unitLabel })
    : spec.grouped
      ? t('drill.subtitleIn', { name: format.name(level), unit: format.unitLabel })
      : t('drill.subtitleFlat', { name: format.name(level), level: levelWord(level.depth + 1, t), unit: format.unitLabel });
  const note = [
    ...(spec.mismatch ? [t('drill.mismatch', { sum: format.amount(spec.mismatch.partsSum), stated: format.amount(spec.mismatch.stated) })] : []),
    ...(spec.rows.some((r) => r.isOther) ? [t('drill.otherNote')] : []),
  ];
  const hints = { drill: t('drill.drillHint'), filter: t('drill.filterHint'), selected: t('drill.selected') };

  return (
    <ChartFrame
      title={t('drill.title')}
      subtitle={subtitle}
      controls={<Breadcrumb trail={spec.trail} format={format} labels={{ nav: t('drill.breadcrumb'), all: t('drill.all') }} onGo={goTo} currentId={currentId} />}
      chart={
        <BarList
          id="spending-drill"
          data={drillChartData(spec.rows, spec.grouped, format, hints)}
          valueFormatter={amountFormatter(format)}
          ariaLabel={t('drill.title')}
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
