/** Formatting bound to one language and display unit: what every chart, table and text formats with. */
import type { Fen, MoneyUnit } from '@/domain/money';
import { formatAmount, formatAmountNumber, formatCount, formatHeadline, formatPercent, joinList, labelled, localName, parenthetical, unitLabel } from './format';
import type { Language } from './resources';

export interface Formatter {
  language: Language;
  unit: MoneyUnit;
  unitLabel: string;
  amount: (fen: Fen | undefined, opts?: { signed?: boolean }) => string;
  /** A tile's headline amount: "CNY 1.09 million" in English yuan, else as `amount`. */
  headline: (fen: Fen | undefined) => string;
  /** Number only, in the display unit (for table cells under a unit header). */
  amountNumber: (fen: Fen | undefined) => string;
  percent: (value: number | undefined, opts?: { signed?: boolean; decimals?: number }) => string;
  count: (value: number | undefined) => string;
  name: (item: { name: string; nameEn?: string | undefined }) => string;
  /** `text (note)` with the language's own brackets. */
  paren: (text: string, note: string) => string;
  /** Items of a list in a sentence, with the language's own separator. */
  list: (items: readonly string[]) => string;
  /** `label: text` with the language's own colon. */
  labelled: (label: string, text: string) => string;
}

export function makeFormatter(language: Language, unit: MoneyUnit): Formatter {
  return {
    language,
    unit,
    unitLabel: unitLabel(unit, language),
    amount: (fen, opts) => formatAmount(fen, unit, language, opts),
    headline: (fen) => formatHeadline(fen, unit, language),
    amountNumber: (fen) => (fen === undefined ? formatAmount(undefined, unit, language) : formatAmountNumber(fen, unit, language)),
    percent: (value, opts) => formatPercent(value, language, opts),
    count: (value) => formatCount(value, language),
    name: (item) => localName(item, language),
    paren: (text, note) => parenthetical(text, note, language),
    list: (items) => joinList(items, language),
    labelled: (label, text) => labelled(label, text, language),
  };
}
