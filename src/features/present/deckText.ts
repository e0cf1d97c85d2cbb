/** Turns the deck's sentences and values into text in the current language and unit. */
import type { PrefixedKey } from '@/i18n/keys';
import type { TFunction } from '@/i18n/translator';
import type { DeckText, DeckValue } from '@/domain/deck';
import type { Formatter } from '@/i18n/formatter';
import { spaceNumerals } from '@/i18n/format';
import type { Language } from '@/i18n/resources';

export interface TextContext {
  t: TFunction<'present'>;
  format: Formatter;
}

/** The document's unit word in the current language (人 → "people"); unknown words stay as written. */
export function unitWord(unit: string, t: TFunction<'present'>): string {
  return t(`present:units.${unit}`, { defaultValue: unit });
}

/** A month of the year by number, e.g. 4 → "April" / "Apr" / "4 月". */
export function monthName(month: number, language: Language, width: 'long' | 'short'): string {
  return spaceNumerals(new Intl.DateTimeFormat(language, { month: width, timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1)), language);
}

export function formatValue(value: DeckValue, ctx: TextContext): string {
  const { t, format } = ctx;
  switch (value.kind) {
    case 'money':
      return format.amount(value.value, { signed: value.signed ?? false });
    case 'percent':
      return value.value === undefined
        ? t('present:notStated')
        : format.percent(value.value, { signed: value.signed ?? false });
    case 'count':
      return format.count(value.value);
    case 'name':
      return format.name(value);
    case 'year':
      return String(value.value);
    case 'month':
      return t('present:month', { n: value.value, name: monthName(value.value, format.language, 'long') });
    case 'quantity':
      return value.value === undefined ? t('present:notStated') : t('present:quantity', { n: format.count(value.value), unit: unitWord(value.unit, t) });
    case 'unit':
      return unitWord(value.unit, t);
    case 'text':
      return formatText(value.text, ctx);
    case 'list':
      return value.items.map((item) => formatValue(item, ctx)).join(t('present:listJoin'));
  }
}

export function formatText(sentence: DeckText, ctx: TextContext): string {
  const values = Object.fromEntries(Object.entries(sentence.values ?? {}).map(([key, v]) => [key, formatValue(v, ctx)]));
  // The deck's sentences name their keys in src/domain/deck, which knows no labels; the deck tests read every one.
  return ctx.t(`present:${sentence.key}` as PrefixedKey, { ...values, unit: ctx.format.unitLabel });
}

/** Clauses joined into the one-line takeaway. */
export function formatTakeaway(clauses: readonly DeckText[], ctx: TextContext): string {
  const line = clauses.map((c) => formatText(c, ctx)).join(ctx.t('present:join'));
  // English clauses are written lower-case so they can follow one another; the line starts a sentence.
  return line.charAt(0).toUpperCase() + line.slice(1);
}
