/**
 * English that reads as English: no Chinese punctuation in an English sentence, no stray gap after an
 * apostrophe, and Chinese only where a term is given in brackets on purpose ("class (类)").
 */
import { describe, expect, it } from 'vitest';
import { namespaces } from '@/i18n/resources';

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => strings(child, `${path}.${key}`));
}

const english = Object.entries(namespaces).flatMap(([ns, messages]) => strings(messages.en, ns));

/** Full-width and CJK punctuation: （）【】《》「」『』，。：；！？、 and the ideographic space. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;
const HAN = /\p{Script=Han}/u;

/** The text with the bracketed Chinese terms taken out: "(类)", "(类 › 款 › 项)", "“三公”" after an English name. */
function withoutBracketedTerms(text: string): string {
  return text.replace(/\((?:[\p{Script=Han}\s›/·,]|\{\{\w+\}\})+\)/gu, '').replace(/“[\p{Script=Han}]+”/gu, '');
}

describe('English messages', () => {
  it('has some to check', () => expect(english.length).toBeGreaterThan(300));

  it.each(english)('%s has no Chinese punctuation', (_path, text) => {
    expect(text).not.toMatch(CJK_PUNCTUATION);
  });

  it.each(english)('%s has Chinese only in a bracketed term', (_path, text) => {
    expect(withoutBracketedTerms(text)).not.toMatch(HAN);
  });

  it.each(english)('%s has no gap inside a word or before punctuation', (_path, text) => {
    expect(text).not.toMatch(/[’'] s\b|\w ’\w|\w [,;:!?](?=\s|$)|\w \.(?=\s|$)/);
  });
});

describe('English terms', () => {
  it('calls 离休 the retired-before-1949 scheme, never "veterans"', () => {
    const offDuty = english.filter(([, text]) => text.includes('离休'));
    expect(offDuty.length).toBeGreaterThan(0);
    for (const [, text] of offDuty) expect(text).toBe('Retired before 1949 scheme (离休)');
  });
});
