import { ACCENT } from '@/components/charts';

export interface KindBar {
  key: string;
  label: string;
  /** In the display unit; undefined when the document gives no figure. */
  value: number | undefined;
  valueLabel: string;
}

/**
 * Plain bars with every value written beside its bar. Used where most lines are 0
 * or not budgeted (“三公”): Recharts drops the label of a bar with no length, and
 * here those labels are the message.
 */
export function KindBars({ data, ariaLabel }: { data: KindBar[]; ariaLabel: string }) {
  const max = Math.max(0, ...data.map((d) => d.value ?? 0));
  return (
    <div role="img" aria-label={ariaLabel}>
      <ul aria-hidden="true" className="grid grid-cols-[max-content_minmax(0,1fr)] items-center gap-x-3 gap-y-2 text-[13px]">
        {data.map((d) => (
          <li key={d.key} className="contents">
            <span className="text-right">{d.label}</span>
            <span className="flex h-7 items-center gap-2">
              {d.value !== undefined && d.value > 0 ? (
                <span className="h-full rounded-r-[3px]" style={{ width: `${(d.value / max) * 75}%`, background: ACCENT }} />
              ) : (
                <span className="h-full w-px bg-ink-soft" />
              )}
              <span className={`figure whitespace-nowrap ${d.value === undefined ? 'italic text-ink-soft' : ''}`}>{d.valueLabel}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
