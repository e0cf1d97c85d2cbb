import { useTranslation } from '@/i18n/react';
import { AsOfLine, OverdueOutline, PointShape, RangeShape, RecurringShape } from './MarkShapes';

/** What each mark means; shapes, not colour alone. */
export function TimelineLegend() {
  const { t } = useTranslation('keyWork');
  const items = [
    { key: 'range', shape: <RangeShape left="0" width="100%" /> },
    { key: 'point', shape: <PointShape left="50%" /> },
    { key: 'recurring', shape: <RecurringShape left="0" width="100%" ticks={['15%', '50%', '85%']} /> },
    {
      key: 'overdue',
      shape: (
        <>
          <OverdueOutline left="50%" width="0%" pad={11} />
          <PointShape left="50%" />
        </>
      ),
    },
    { key: 'asOf', shape: <AsOfLine left="50%" /> },
  ] as const;
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-ink-soft">
      <span className="sr-only">{t('legend.title')}</span>
      <ul className="flex flex-wrap items-center gap-x-5 gap-y-1">
        {items.map(({ key, shape }) => (
          <li key={key} className="flex items-center gap-2">
            <span aria-hidden="true" className="relative inline-block h-4 w-8">
              {shape}
            </span>
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
