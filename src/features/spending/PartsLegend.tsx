import { GlossaryTerm } from '@/components/GlossaryTerm';
import { seriesColor } from '@/components/charts';
import type { SpecRow } from '@/domain/charts/spec';
import type { GlossaryEntry } from '@/domain/glossary';
import type { Formatter } from '@/i18n/formatter';
import { valueWithShare } from '@/components/specView';

/** Swatch, name (with the document's definition on hover and focus) and value with share. */
export function PartsLegend({ rows, format, glossary }: { rows: SpecRow[]; format: Formatter; glossary: readonly GlossaryEntry[] }) {
  return (
    <ul className="flex flex-col gap-2 text-sm">
      {rows.map((row, index) => (
        <li key={row.key} className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-3 w-3 shrink-0 rounded-sm" style={{ background: seriesColor(index) }} />
          <span className="flex-1">
            <GlossaryTerm term={row.name} glossary={glossary} language={format.language}>{format.name(row)}</GlossaryTerm>
          </span>
          <span className={`tabular-nums ${row.value === undefined ? 'italic text-ink-soft' : ''}`}>{valueWithShare(row, format, true)}</span>
        </li>
      ))}
    </ul>
  );
}
