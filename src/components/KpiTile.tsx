import type { ReactNode } from 'react';

interface KpiTileProps {
  label: ReactNode;
  value: string;
  /** A second line: change, share or context. */
  detail?: ReactNode;
  tone?: 'neutral' | 'accent';
  /** A quiet tag after the label, e.g. that the category filter does not change this figure. */
  scope?: string | undefined;
}

/** One number per tile, with its unit in the value and context underneath. */
export function KpiTile({ label, value, detail, tone = 'neutral', scope }: KpiTileProps) {
  return (
    <div
      className={`flex min-h-28 flex-col gap-1 rounded-lg border bg-paper p-4 shadow-sm ${tone === 'accent' ? 'border-accent ring-1 ring-accent' : 'border-line'}`}
    >
      <dt className="text-sm text-ink-soft">
        {label}
        {scope ? <span className="ml-2 whitespace-nowrap rounded border border-line px-1 text-xs">{scope}</span> : null}
      </dt>
      <dd className="figure text-2xl font-semibold tracking-tight">{value}</dd>
      {detail ? <dd className="text-sm text-ink-soft">{detail}</dd> : null}
    </div>
  );
}
