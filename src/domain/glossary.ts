/** Finding a term's definition in the document's own glossary (名词解释). */
export interface GlossaryEntry {
  term: string;
  termEn?: string;
  definition: string;
}

/** Quotes and bracket styles vary ("三公"经费, （类）/(类)); compare without them. */
function normalise(text: string): string {
  return text.replace(/[“”"「」『』]/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/\s+/g, '');
}

export function findDefinition(glossary: readonly GlossaryEntry[], term: string): GlossaryEntry | undefined {
  const wanted = normalise(term);
  return glossary.find((entry) => normalise(entry.term) === wanted) ?? glossary.find((entry) => normalise(entry.term).endsWith(`${wanted}(项)`));
}
