import { describe, expect, it } from 'vitest';
import { namespaces } from '@/i18n/resources';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('labels', () => {
  it.each(Object.entries(namespaces))('namespace %s has the same keys in Chinese and English', (_name, messages) => {
    expect(keysOf(messages.en).sort()).toEqual(keysOf(messages.zh).sort());
  });

  it.each(Object.entries(namespaces))('namespace %s has no empty label', (_name, messages) => {
    for (const lang of [messages.zh, messages.en]) {
      const empty = keysOf(lang).filter((key) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], lang) === '');
      expect(empty).toEqual([]);
    }
  });
});
