import type { MonthPaid } from '@/domain/cohortSchedule';

interface CumulativeColumnsProps {
  monthly: readonly MonthPaid[];
  /** The whole the columns grow towards (the stated total, else the groups' sum). */
  reference: number;
  referenceLabel: string;
  months: readonly string[];
  count: (value: number) => string;
  ariaLabel: string;
}

/** Twelve columns, one per month's end, each labelled with how many are paid by then. */
export function CumulativeColumns({ monthly, reference, referenceLabel, months, count, ariaLabel }: CumulativeColumnsProps) {
  const top = Math.max(reference, ...monthly.map((m) => m.cumulative), 1);
  const referenceAt = (reference / top) * 100;
  return (
    <div role="img" aria-label={ariaLabel} className="flex flex-col gap-1">
      <div className="relative h-44 border-b border-ink-soft pt-5">
        <div className="relative flex h-full items-end gap-0.5 sm:gap-1">
          <div className="absolute inset-x-0 border-t border-dashed border-ink-soft" style={{ bottom: `${referenceAt}%` }}>
            <span className="absolute -top-5 left-0 bg-paper px-1 text-xs text-ink-soft">{referenceLabel}</span>
          </div>
          {monthly.map((m) => (
            <div key={m.month} className="flex h-full flex-1 flex-col items-center justify-end">
              <span className="tabular text-[11px] leading-4 text-ink">{count(m.cumulative)}</span>
              <div className="w-full rounded-t-sm bg-accent" style={{ height: `${(m.cumulative / top) * 100}%` }} />
            </div>
          ))}
        </div>
      </div>
      <div className="flex gap-0.5 text-center text-[11px] text-ink-soft sm:gap-1">
        {months.map((name, i) => (
          <span key={name} className="flex-1">
            <span className="sm:hidden">{i + 1}</span>
            <span className="hidden sm:inline">{name}</span>
          </span>
        ))}
      </div>
    </div>
  );
}
