import { useTranslation } from '@/i18n/react';
import type { Comparison } from '@/domain/compare';
import { useFormat } from '@/state/useFormat';
import { CategoryChart } from './CategoryChart';
import { ChangeLists } from './ChangeLists';
import { HeadlineTable } from './HeadlineTable';
import { readsAsYears, sideNames } from './sides';

/** A comparison read top to bottom: which two, how units were reconciled, headline, categories, changes. */
export function ComparisonView({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const names = sideNames(comparison, t, format);
  const { left, right, scope } = comparison;
  const title = readsAsYears(comparison)
    ? t('yearsTitle', { name: format.name(left.department), left: left.fiscalYear, right: right.fiscalYear })
    : t('unitsTitle', { left: names.leftFull, right: names.rightFull });
  const missingSide = scope?.presence === 'leftOnly' ? names.rightFull : scope?.presence === 'rightOnly' ? names.leftFull : undefined;
  const presentSide = scope?.presence === 'leftOnly' ? names.leftFull : names.rightFull;

  return (
    <div className="space-y-4" data-testid="comparison">
      <div>
        <h3 className="text-xl font-semibold">{title}</h3>
        {readsAsYears(comparison) ? null : <p className="text-sm text-ink-soft">{t('key', { left: names.leftFull, right: names.rightFull })}</p>}
        {comparison.unitsDiffer ? (
          <p className="text-sm text-ink-soft">{t('unitsNote', { left: left.unit, right: right.unit, display: format.unitLabel })}</p>
        ) : null}
        {scope ? (
          <p className="mt-1 text-sm">
            <span className="rounded-full bg-accent px-2 py-0.5 text-white">{t('scope', { name: format.name(scope) })}</span>
            {missingSide ? <span className="ml-2 text-bad">{t('scopeMissing', { name: format.name(scope), side: presentSide })}</span> : null}
          </p>
        ) : null}
      </div>
      <HeadlineTable comparison={comparison} names={names} />
      <CategoryChart comparison={comparison} names={names} />
      <ChangeLists comparison={comparison} names={names} />
    </div>
  );
}
