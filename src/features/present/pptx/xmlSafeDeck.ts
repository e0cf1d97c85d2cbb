/**
 * The deck with every string made fit for XML (src/domain/text.ts xmlText).
 * pptxgenjs escapes & < > " ' but writes other characters as they are, and one
 * vertical tab (Word's soft line break) in a name made core.xml and the slide not
 * well-formed: PowerPoint and LibreOffice refuse such a file. The writer cleans
 * what it is given rather than trusting every caller to have done it.
 */
import { xmlText } from '@/domain/text';
import type { RenderedDeck } from '../slideModel';

function clean<T>(value: T): T {
  if (typeof value === 'string') return xmlText(value) as T;
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, clean(v)])) as T;
  return value;
}

export function xmlSafeDeck(deck: RenderedDeck): RenderedDeck {
  return clean(deck);
}
