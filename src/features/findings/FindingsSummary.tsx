import { useTranslation } from '@/i18n/react';
import type { GroupCounts, GroupKind } from '@/domain/findings';
import { STATUS_STYLE } from './StatusBadge';

const ORDER: readonly GroupKind[] = ['material', 'rounding', 'missing', 'pass'];

/**
 * The whole document's tally, one count per root cause: 1 处错误，1 处舍入差异，
 * 1 处缺金额，17 项核对一致. The filter does not change it, and says so while set.
 */
export function FindingsSummary({ counts, filtered }: { counts: GroupCounts; filtered: boolean }) {
  const { t } = useTranslation('findings');
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label={t('summaryLabel')} className="flex flex-wrap gap-2">
        {ORDER.filter((kind) => counts[kind] > 0 || kind === 'material').map((kind) => (
          <li key={kind} className={`figure inline-flex items-center gap-2 rounded-md px-3 py-1.5 text-lg font-semibold ${STATUS_STYLE[kind].badge}`}>
            <span aria-hidden="true">{STATUS_STYLE[kind].icon}</span>
            {t(`count.${kind}`, { count: counts[kind] })}
          </li>
        ))}
      </ul>
      {filtered ? <p className="text-sm text-ink-soft">{t('summaryUnfiltered')}</p> : null}
    </div>
  );
}
