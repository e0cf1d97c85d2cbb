import type { GlossaryEntry } from '@/domain/glossary';
import { useFormat } from '@/state/useFormat';

/** Each term and its definition; in English the English name leads and the Chinese term follows. */
export function GlossaryList({ entries }: { entries: readonly GlossaryEntry[] }) {
  const format = useFormat();
  const english = format.language === 'en';
  return (
    <dl className="grid gap-3 md:grid-cols-2">
      {entries.map((entry, index) => (
        <div key={`${index}:${entry.term}`} className="rounded-lg border border-line bg-paper p-4 shadow-sm">
          <dt className="font-semibold">
            {english && entry.termEn ? (
              <>
                {entry.termEn}
                <span lang="zh-CN" className="mt-0.5 block text-sm font-normal text-ink-soft">
                  {entry.term}
                </span>
              </>
            ) : (
              <>
                <span lang="zh-CN">{entry.term}</span>
                {entry.termEn ? (
                  <span lang="en" className="mt-0.5 block text-sm font-normal text-ink-soft">
                    {entry.termEn}
                  </span>
                ) : null}
              </>
            )}
          </dt>
          <dd lang="zh-CN" className="mt-2 text-sm leading-relaxed">
            {entry.definition}
          </dd>
        </div>
      ))}
    </dl>
  );
}
