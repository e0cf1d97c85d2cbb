import { useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { SectionFrame } from '@/components/SectionFrame';
import { resolveFilter } from '@/domain/categoryFilter';
import { computeFindings, countGroups, findingsForCategory, groupFindings, groupFindingsOf, type Finding, type FindingGroup } from '@/domain/findings';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useCategoryFilter } from '@/state/viewState';
import { FilterScope } from './FilterScope';
import { FindingList } from './FindingList';
import { FindingsSummary } from './FindingsSummary';

/** The document checked against itself: the tally by root cause, errors, rounding, then the checks that agree. */
export function FindingsSection({ id }: { id: string }) {
  const { t } = useTranslation('findings');
  const budget = useBudgetModel();
  const format = useFormat();
  const [filterId] = useCategoryFilter();
  const [showAll, setShowAll] = useState(false);
  const findings = useMemo(() => computeFindings(budget), [budget]);
  const groups = useMemo(() => groupFindings(findings, budget), [findings, budget]);
  const selection = resolveFilter(budget, filterId);
  const related = selection ? findingsForCategory(findings, selection.node.id) : undefined;
  const relatedIds = new Set(related?.map((f) => f.id));
  const touches = (g: FindingGroup) => groupFindingsOf(g).some((f) => relatedIds.has(f.id));
  // With a filter: only its branch, or everything with its branch first (sorting is stable).
  // A group keeps only its checks about the filtered branch (the same rounding elsewhere is not about it).
  const narrowed = (g: FindingGroup): FindingGroup => ({
    ...g,
    causes: g.causes.filter((f) => relatedIds.has(f.id)),
    consequences: g.consequences.filter((f) => relatedIds.has(f.id)),
  });
  const visible: FindingGroup[] = !related
    ? groups
    : showAll
      ? [...groups].sort((a, b) => Number(touches(b)) - Number(touches(a)))
      : groups.filter(touches).map(narrowed);
  const problems = visible.filter((g) => g.kind !== 'pass');
  const passes = visible.filter((g) => g.kind === 'pass');
  const isRelated = (f: Finding) => showAll && relatedIds.has(f.id);

  return (
    <SectionFrame id={id} title={t('common:section.findings')} intro={t('intro')}>
      {findings.length === 0 ? (
        <p className="rounded-lg border border-line bg-paper p-4 text-ink-soft">{t('empty')}</p>
      ) : (
        <div className="flex flex-col gap-4">
          <FindingsSummary counts={countGroups(groups)} filtered={selection !== undefined} />
          {selection && related ? (
            <FilterScope
              name={selection.trail.map((n) => format.name(n)).join(' › ')}
              related={related.length}
              total={findings.length}
              showAll={showAll}
              onToggle={() => setShowAll(!showAll)}
            />
          ) : null}
          {problems.length > 0 ? (
            <FindingList heading={t('problems')} groups={problems} isRelated={isRelated} />
          ) : !selection || showAll ? (
            <p className="rounded-md border border-good bg-paper p-3 text-good">{t('noProblems')}</p>
          ) : null}
          {passes.length > 0 ? (
            <details open className="group">
              <summary className="cursor-pointer text-lg font-semibold">{t('passes', { count: passes.length })}</summary>
              <FindingList groups={passes} isRelated={isRelated} compact />
            </details>
          ) : null}
        </div>
      )}
    </SectionFrame>
  );
}
