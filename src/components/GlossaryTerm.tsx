import type { ReactNode } from 'react';
import { findDefinition, type GlossaryEntry } from '@/domain/glossary';
import type { Language } from '@/i18n/resources';
import { Term } from './Term';

interface GlossaryTermProps {
  term: string;
  /** The document's glossary, where the definition is looked up. */
  glossary: readonly GlossaryEntry[];
  language: Language;
  children?: ReactNode;
}

/** Shows `term` with the document's own definition on hover and focus, when it has one. */
export function GlossaryTerm({ term, glossary, language, children }: GlossaryTermProps) {
  const entry = findDefinition(glossary, term);
  const label = children ?? (language === 'en' && entry?.termEn ? entry.termEn : term);
  return <Term definition={entry?.definition}>{label}</Term>;
}
