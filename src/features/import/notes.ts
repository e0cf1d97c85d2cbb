/** The importer's notes (written in English for the CLI) as keys of both languages; unknown ones pass through as written. */
import type { KeyOf } from '@/i18n/keys';
export type Note = { key: KeyOf<'importer'>; values?: Record<string, string> } | { text: string };

const PATTERNS: { re: RegExp; note: (m: RegExpExecArray) => Note }[] = [
  { re: /^some figures are finer than (\S+) allows/, note: (m) => ({ key: 'notes.finerUnit', values: { unit: m[1]! } }) },
  { re: /^some figures are written in (.+): converted exactly to (\S+)$/, note: (m) => ({ key: 'notes.mixedUnits', values: { units: m[1]!, unit: m[2]! } }) },
  { re: /^revenue is stated only for part of the budget/, note: () => ({ key: 'notes.partialRevenue' }) },
  { re: /^类 amounts are stated only for the (.+) part/, note: (m) => ({ key: 'notes.partialFunctional', values: { parts: m[1]! } }) },
];

export function noteOf(warning: string): Note {
  for (const { re, note } of PATTERNS) {
    const m = re.exec(warning);
    if (m) return note(m);
  }
  return { text: warning };
}
