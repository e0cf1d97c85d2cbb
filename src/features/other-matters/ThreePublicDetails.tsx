import { useTranslation } from '@/i18n/react';
import { GlossaryTerm } from '@/components/GlossaryTerm';
import type { ThreePublicSpec } from '@/domain/charts/threePublicSpec';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { previousSentence, valueText } from './threePublicText';

/** Each kind with this year's figure, last year's comparison and the document's note, always in view. */
export function ThreePublicDetails({ spec }: { spec: ThreePublicSpec }) {
  const { t } = useTranslation('other');
  const budget = useBudgetModel();
  const format = useFormat();
  const year = spec.previousYear ?? budget.fiscalYear - 1;
  const parts = spec.partsSum === undefined ? undefined : spec.partsMatchTotal === false ? 'partsMismatch' : 'partsMatch';
  return (
    <div className="rounded-lg border border-line bg-paper p-4 shadow-sm">
      <p className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-semibold">
          <GlossaryTerm term="“三公”经费" glossary={budget.glossary} language={format.language} />
        </span>
        <span className="figure text-xl font-semibold">{format.amount(spec.total)}</span>
      </p>
      {parts ? (
        <p className={`text-sm ${parts === 'partsMatch' ? 'text-ink-soft' : 'text-bad'}`}>
          {t(parts, { amount: format.amount(spec.partsSum), total: format.amount(spec.total) })}
        </p>
      ) : null}
      {spec.totalPrevious ? <p className="text-sm text-ink-soft">{previousSentence(spec.totalPrevious, year, format, t)}</p> : null}
      <dl className="mt-3 divide-y divide-line text-sm">
        {spec.rows.map((row) => (
          <div key={row.key} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-0.5 py-2">
            <dt>{format.name(row)}</dt>
            <dd className={`figure text-right font-semibold ${row.value === undefined ? 'text-ink-soft' : ''}`}>{valueText(row, format, t)}</dd>
            {row.status === 'stated' || row.previous || row.note ? (
              <dd className="col-span-2 text-ink-soft">
                {row.status === 'stated' || row.previous ? previousSentence(row.previous, year, format, t) : null}
                {row.note ? <span className="block">{row.note}</span> : null}
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
    </div>
  );
}
