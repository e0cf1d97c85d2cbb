import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { AsOfMark, OverdueBox, PointMark, RangeMark, RecurringMark } from '@/components/charts/gantt/GanttMarks';

/** A key's swatch: the chart's own shapes on a 32 × 16 box. */
const swatches = {
  range: <RangeMark x={2} width={28} cy={8} />,
  point: <PointMark x={16} cy={8} />,
  recurring: <RecurringMark x={2} width={28} cy={8} ticks={[6, 16, 26]} />,
  overdue: (
    <>
      <OverdueBox x={16} width={0} cy={8} pad={10} height={14} />
      <PointMark x={16} cy={8} />
    </>
  ),
  asOf: <AsOfMark x={16} top={0} bottom={16} />,
} satisfies Record<string, ReactNode>;
const KINDS = ['range', 'point', 'recurring', 'overdue', 'asOf'] as const;

/** What each mark means; shapes, not colour alone. */
export function TimelineLegend() {
  const { t } = useTranslation('keyWork');
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-ink-soft">
      <span className="sr-only">{t('legend.title')}</span>
      <ul className="flex flex-wrap items-center gap-x-5 gap-y-1">
        {KINDS.map((key) => (
          <li key={key} className="flex items-center gap-2">
            <svg aria-hidden="true" width={32} height={16} className="overflow-visible">
              {swatches[key]}
            </svg>
            {t(`legend.${key}`)}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-4 w-8 rounded border border-dashed border-ink-soft" />
          {t('legend.none')}
        </li>
      </ul>
    </div>
  );
}
