import { useTranslation } from '@/i18n/react';
import type { FindingStatus } from '@/domain/findings';

/** Shape and word carry the status; colour only repeats it (readable in greyscale and on a washed-out projector). */
export const STATUS_STYLE: Record<FindingStatus, { icon: string; badge: string; edge: string }> = {
  mismatch: { icon: '≠', badge: 'bg-bad text-white', edge: 'border-l-bad' },
  missing: { icon: '?', badge: 'bg-orange text-ink', edge: 'border-l-orange' },
  pass: { icon: '✓', badge: 'border border-good bg-paper text-good', edge: 'border-l-good' },
};

export function StatusBadge({ status }: { status: FindingStatus }) {
  const { t } = useTranslation('findings');
  const style = STATUS_STYLE[status];
  return (
    <span
      className={`inline-flex min-w-[4.5rem] items-center justify-center gap-1 rounded px-1.5 py-0.5 text-sm sm:min-w-[5.5rem] sm:px-2 font-semibold whitespace-nowrap ${style.badge}`}
    >
      <span aria-hidden="true">{style.icon}</span>
      {t(`status.${status}`)}
    </span>
  );
}
