import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import type { Finding, GroupKind } from '@/domain/findings';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { FilterButton } from './FilterButton';
import { causeText, findingText } from './findingText';
import { STATUS_STYLE, StatusBadge } from './StatusBadge';

interface FindingItemProps {
  finding: Finding;
  kind: GroupKind;
  related?: boolean;
  compact?: boolean;
  /** What the check found, when a group says it in its own words; else the finding's sentence. */
  text?: string;
  /** Lines under the sentence: the findings a rounding group brings together. */
  children?: ReactNode;
}

/** One check or one root cause: its kind in words, the sentence, a likely cause, and a way to filter every chart by its category. */
export function FindingItem({ finding, kind, related = false, compact = false, text, children }: FindingItemProps) {
  const { t } = useTranslation('findings');
  const budget = useBudgetModel();
  const format = useFormat();
  const cause = causeText(finding, format, t, budget.fiscalYear);
  const frame = related ? 'ring-2 ring-accent' : '';
  const space = compact ? 'px-3 py-1.5' : 'p-3';

  return (
    <li
      className={`grid grid-cols-[auto_minmax(0,1fr)] items-start gap-x-3 gap-y-1 rounded-md border border-l-4 border-line bg-paper sm:grid-cols-[auto_minmax(0,1fr)_auto] ${space} ${STATUS_STYLE[kind].edge} ${frame}`}
    >
      <StatusBadge kind={kind} />
      <div className="min-w-0">
        <p className="figure leading-relaxed">{text ?? findingText(finding, format, t)}</p>
        {cause ? <p className="figure mt-1 font-medium leading-relaxed">{cause}</p> : null}
        {children}
      </div>
      {kind === 'rounding' ? null : <FilterButton categoryId={finding.categoryId} className="col-start-2 sm:col-start-3" />}
    </li>
  );
}
