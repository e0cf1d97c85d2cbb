/** The look of a glossary term's button, the same before and after Floating UI arrives (Term, FloatingTerm). */
export const TERM_BUTTON = 'cursor-help border-b border-dotted border-ink-soft text-inherit';
