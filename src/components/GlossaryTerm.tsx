import type { ReactNode } from 'react';
import { findDefinition } from '@/domain/glossary';
import { useBudgetModel } from '@/state/budgetContext';
import { useLanguage } from '@/state/viewState';
import { Term } from './Term';

/** Shows `term` with the document's own definition on hover and focus, when it has one. */
export function GlossaryTerm({ term, children }: { term: string; children?: ReactNode }) {
  const { glossary } = useBudgetModel();
  const [language] = useLanguage();
  const entry = findDefinition(glossary, term);
  const label = children ?? (language === 'en' && entry?.termEn ? entry.termEn : term);
  return <Term definition={entry?.definition}>{label}</Term>;
}
