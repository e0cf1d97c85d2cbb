import type { Provenance } from '@/importer';

/** Where the figure stands once as a whole number in the sentence, mark it; otherwise leave the sentence plain. */
function markParts(sentence: string, value: number | string | undefined): [string, string, string] | undefined {
  if (typeof value !== 'number') return undefined;
  const figure = String(value).replace('.', '\\.');
  const matches = [...sentence.matchAll(new RegExp(`(?<![\\d.,])${figure}(?![\\d.])`, 'g'))];
  if (matches.length !== 1) return undefined;
  const at = matches[0]!.index;
  return [sentence.slice(0, at), sentence.slice(at, at + matches[0]![0].length), sentence.slice(at + matches[0]![0].length)];
}

/** The heading path without the document's own title, which every figure shares. */
function sectionText(section: string, title: string | undefined): string {
  const parts = section.split(' › ');
  return (parts.length > 1 && parts[0] === title ? parts.slice(1) : parts).join(' › ');
}

/** The sentence a figure was read from, with its section heading. */
export function ProvenanceQuote({ provenance, value, title }: { provenance: Provenance; value?: number | string | undefined; title?: string | undefined }) {
  const parts = markParts(provenance.sentence, value);
  const section = sectionText(provenance.section, title);
  return (
    <figure className="min-w-0">
      <blockquote className="border-l-4 border-line pl-2 break-words">
        {parts ? (
          <>
            {parts[0]}
            <mark className="rounded bg-yellow/60 px-0.5 text-ink">{parts[1]}</mark>
            {parts[2]}
          </>
        ) : (
          provenance.sentence
        )}
      </blockquote>
      {section ? <figcaption className="mt-0.5 pl-3 text-xs text-ink-soft break-words">{section}</figcaption> : null}
    </figure>
  );
}
