import type { MonthPaid } from '@/domain/cohortSchedule';

interface CumulativeColumnsProps {
  monthly: readonly MonthPaid[];
  /** Paid so far as the recorded statuses say; drawn beside the plan when there is any. */
  recorded?: readonly MonthPaid[] | undefined;
  /** The whole the columns grow towards (the stated total, else the groups' sum). */
  reference: number;
  referenceLabel: string;
  /** Names of the two series, for the legend: the plan, and what was recorded. */
  seriesLabels: { plan: string; recorded: string };
  months: readonly string[];
  count: (value: number) => string;
  ariaLabel: string;
}

/** Twelve months, each with the planned column (outlined) and, once recorded, the paid column (solid) beside it. */
export function CumulativeColumns({ monthly, recorded, reference, referenceLabel, seriesLabels, months, count, ariaLabel }: CumulativeColumnsProps) {
  const top = Math.max(reference, ...monthly.map((m) => m.cumulative), ...(recorded ?? []).map((m) => m.cumulative), 1);
  const referenceAt = (reference / top) * 100;
  return (
    <div role="img" aria-label={ariaLabel} className="flex flex-col gap-1">
      <div aria-hidden="true" className="flex gap-4 text-xs text-ink-soft">
        <span className="flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm border-2 border-accent bg-accent/20" />
          {seriesLabels.plan}
        </span>
        {recorded ? (
          <span className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded-sm bg-accent-strong" />
            {seriesLabels.recorded}
          </span>
        ) : null}
      </div>
      <div className={`relative h-44 border-b border-ink-soft ${recorded ? 'pt-9' : 'pt-5'}`}>
        <div className="relative flex h-full items-end gap-0.5 sm:gap-1">
          <div className="absolute inset-x-0 border-t border-dashed border-ink-soft" style={{ bottom: `${referenceAt}%` }}>
            <span className="absolute -top-5 left-0 bg-paper px-1 text-xs text-ink-soft">{referenceLabel}</span>
          </div>
          {monthly.map((m, i) => {
            const paid = recorded?.[i];
            return (
              <div key={m.month} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end">
                {/* The two figures stacked, so a month stays as wide as the others whatever its numbers. */}
                <span className="tabular text-[11px] leading-4 text-ink">{count(m.cumulative)}</span>
                {paid ? <span className="tabular text-[11px] font-semibold leading-4 text-accent-strong">{count(paid.cumulative)}</span> : null}
                <div className="flex h-full w-full items-end gap-px">
                  <div className="flex-1 rounded-t-sm border-2 border-b-0 border-accent bg-accent/20" style={{ height: `${(m.cumulative / top) * 100}%` }} />
                  {paid ? <div className="flex-1 rounded-t-sm bg-accent-strong" style={{ height: `${(paid.cumulative / top) * 100}%` }} /> : null}
                </div>
              </div>
            );
          })}
        </div>
      </div>
      <div className="flex gap-0.5 text-center text-[11px] text-ink-soft sm:gap-1">
        {months.map((name, i) => (
          <span key={name} className="min-w-0 flex-1">
            <span className="sm:hidden">{i + 1}</span>
            <span className="hidden sm:inline">{name}</span>
          </span>
        ))}
      </div>
    </div>
  );
}
