/** Formatting bound to the current language and display unit. */
import { useMemo } from 'react';
import type { Fen, MoneyUnit } from '@/domain/money';
import { formatAmount, formatAmountNumber, formatCount, formatHeadline, formatPercent, joinList, labelled, localName, parenthetical, unitLabel } from '@/i18n/format';
import type { Language } from '@/i18n/resources';
import { useBudgetModel } from './budgetContext';
import { useDisplayUnit, useLanguage } from './viewState';

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

export function useFormat(): Formatter {
  const model = useBudgetModel();
  const [language] = useLanguage();
  const [unit] = useDisplayUnit(model.unit);
  return useMemo(() => makeFormatter(language, unit), [language, unit]);
}
