import { useTranslation } from '@/i18n/react';
import { groupFindingsOf, lastDigitStep, type Finding, type FindingGroup } from '@/domain/findings';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { FilterButton } from './FilterButton';
import { FindingItem } from './FindingItem';
import { findingText } from './findingText';

interface FindingListProps {
  heading?: string;
  groups: readonly FindingGroup[];
  isRelated: (finding: Finding) => boolean;
  /** Denser rows, for the long list of checks that agree. */
  compact?: boolean;
}

/** The checks that only repeat a cause in a larger sum: "由此：项级合计 …". */
function Consequences({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation('findings');
  const format = useFormat();
  return (
    <ul className="mt-1 list-disc pl-5 text-sm leading-relaxed text-ink-soft">
      {findings.map((f) => (
        <li key={f.id} className="figure">
          {t('rounding.therefore', { sentence: findingText(f, format, t) })}
        </li>
      ))}
    </ul>
  );
}

/** A rounding difference said once, in words, with the checks it shows up in listed under it. */
function RoundingGroup({ group, related }: { group: FindingGroup; related: boolean }) {
  const { t } = useTranslation('findings');
  const budget = useBudgetModel();
  const format = useFormat();
  const [first] = group.causes;
  if (!first) return null;
  const sentence = (f: Finding) => findingText(f, format, t);
  const text = t(group.consequences.length > 0 ? 'rounding.repeated' : 'rounding.one', {
    count: group.causes.length + group.consequences.length,
    step: format.amount(lastDigitStep(budget)),
  });
  return (
    <FindingItem finding={first} kind="rounding" related={related} text={text}>
      <ul className="mt-1 list-disc pl-5 text-sm leading-relaxed text-ink-soft">
        {group.causes.map((f) => (
          <li key={f.id}>
            <span className="figure">{sentence(f)}</span> <FilterButton categoryId={f.categoryId} className="ml-1 text-xs" />
          </li>
        ))}
      </ul>
      {group.consequences.length > 0 ? <Consequences findings={group.consequences} /> : null}
    </FindingItem>
  );
}

export function FindingList({ heading, groups, isRelated, compact = false }: FindingListProps) {
  const list = (
    <ul className={`mt-2 flex flex-col ${compact ? 'gap-1' : 'gap-2'}`}>
      {groups.map((group) => {
        const related = groupFindingsOf(group).some(isRelated);
        const [first] = group.causes;
        if (group.kind === 'rounding') return <RoundingGroup key={group.id} group={group} related={related} />;
        if (!first) return null;
        return (
          <FindingItem key={group.id} finding={first} kind={group.kind} related={related} compact={compact}>
            {group.consequences.length > 0 ? <Consequences findings={group.consequences} /> : null}
          </FindingItem>
        );
      })}
    </ul>
  );
  if (!heading) return list;
  return (
    <div>
      <h3 className="text-lg font-semibold">{heading}</h3>
      {list}
    </div>
  );
}
