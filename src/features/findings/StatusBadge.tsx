import { useTranslation } from '@/i18n/react';
import type { GroupKind } from '@/domain/findings';

/**
 * Shape and word carry the kind; colour only repeats it (readable in greyscale and
 * on a washed-out projector). Rounding is deliberately quiet: it is not an error.
 */
export const STATUS_STYLE: Record<GroupKind, { icon: string; badge: string; edge: string }> = {
  material: { icon: '≠', badge: 'bg-bad text-white', edge: 'border-l-bad' },
  rounding: { icon: '≈', badge: 'border border-ink-soft bg-paper text-ink-soft', edge: 'border-l-line' },
  missing: { icon: '?', badge: 'bg-orange text-ink', edge: 'border-l-orange' },
  pass: { icon: '✓', badge: 'border border-good bg-paper text-good', edge: 'border-l-good' },
};

export function StatusBadge({ kind }: { kind: GroupKind }) {
  const { t } = useTranslation('findings');
  const style = STATUS_STYLE[kind];
  return (
    <span
      className={`inline-flex min-w-[4.5rem] items-center justify-center gap-1 rounded px-1.5 py-0.5 text-sm sm:min-w-[5.5rem] sm:px-2 font-semibold whitespace-nowrap ${style.badge}`}
    >
      <span aria-hidden="true">{style.icon}</span>
      {t(`status.${kind}`)}
    </span>
  );
}
