/** Finding a term's definition in the document's own glossary (名词解释). */
export interface GlossaryEntry {
  term: string;
  termEn?: string;
  definition: string;
}

/** Quotes and bracket styles vary ("三公"经费, （类）/(类)); compare without them. */
function normalise(text: string): string {
  return text
    .replace(/[“”"「」『』]/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/\s+/g, '');
}

export function findDefinition(glossary: readonly GlossaryEntry[], term: string): GlossaryEntry | undefined {
  const wanted = normalise(term);
  return glossary.find((entry) => normalise(entry.term) === wanted) ?? glossary.find((entry) => normalise(entry.term).endsWith(`${wanted}(项)`));
}

/** For searching: also ignore letter case, so "basic" finds "Basic spending". */
function searchable(text: string): string {
  return normalise(text).toLowerCase();
}

/**
 * Entries whose term (Chinese or English) or definition contains the query, terms
 * that match by name first; an empty query keeps every entry in the document's order.
 */
export function searchGlossary<T extends GlossaryEntry>(glossary: readonly T[], query: string): T[] {
  const wanted = searchable(query);
  if (!wanted) return [...glossary];
  const byName = glossary.filter((e) => searchable(e.term).includes(wanted) || (e.termEn !== undefined && searchable(e.termEn).includes(wanted)));
  const byDefinition = glossary.filter((e) => !byName.includes(e) && searchable(e.definition).includes(wanted));
  return [...byName, ...byDefinition];
}
