import { useTranslation } from '@/i18n/react';
import type { FindingCounts, FindingStatus } from '@/domain/findings';
import { STATUS_STYLE } from './StatusBadge';

const ORDER: readonly FindingStatus[] = ['mismatch', 'missing', 'pass'];

/** The whole document's tally, whatever the filter shows: 4 处不一致，1 处缺金额，17 项核对一致. */
export function FindingsSummary({ counts }: { counts: FindingCounts }) {
  const { t } = useTranslation('findings');
  return (
    <ul aria-label={t('summaryLabel')} className="flex flex-wrap gap-2">
      {ORDER.map((status) => (
        <li key={status} className={`figure inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-lg font-semibold ${STATUS_STYLE[status].badge}`}>
          <span aria-hidden="true">{STATUS_STYLE[status].icon}</span>
          {t(`count.${status}`, { count: counts[status] })}
        </li>
      ))}
    </ul>
  );
}
