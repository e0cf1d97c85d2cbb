import type { ReactNode } from 'react';

export interface Fact {
  key: string;
  label: ReactNode;
  value: string;
  /** A line under the value: purpose, breakdown. */
  detail?: ReactNode;
  /** The value is a word (无, 未说明), not a figure: drawn softer. */
  wordValue?: boolean;
}

/** A titled card of label → value lines, for figures that need no chart. */
export function FactList({ title, facts }: { title: string; facts: Fact[] }) {
  return (
    <section className="rounded-lg border border-line bg-paper p-4 shadow-sm" aria-label={title}>
      <h3 className="mb-1 text-lg font-semibold">{title}</h3>
      <dl className="divide-y divide-line text-sm">
        {facts.map((fact) => (
          <div key={fact.key} className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-1 py-2">
            <dt>{fact.label}</dt>
            <dd className={`figure text-right font-semibold ${fact.wordValue ? 'text-ink-soft' : ''}`}>{fact.value}</dd>
            {fact.detail ? <dd className="col-span-2 text-ink-soft">{fact.detail}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
