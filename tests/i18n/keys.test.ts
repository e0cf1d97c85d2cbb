import { describe, expect, it } from 'vitest';
import { figureInfo, labelledPaths } from '@/features/import/figureInfo';
import { defineMessages } from '@/i18n/defineMessages';
import { createI18n } from '@/i18n/i18n';
import type { TFunction, TOptions } from '@/i18n/translator';

/** The importer's t, as the review screen has it once its labels are here. */
async function importerT(): Promise<TFunction<'importer'>> {
  const i18n = createI18n('en');
  await i18n.load('importer');
  return (key: string, options?: TOptions) => i18n.t(key, options, 'importer');
}

describe('label keys are typed from the Chinese labels', () => {
  it('rejects at compile time a key the namespace does not have, and an English block that differs', () => {
    const spending = (t: TFunction<'spending'>) => [
      t('drill.title'),
      t('common:columns.name'),
      t('items.count', { n: 3 }),
      // @ts-expect-error: the drill has no "back" label; it would show "drill.back" on screen.
      t('drill.back'),
      // @ts-expect-error: another namespace's key needs its prefix.
      t('columns.name'),
      // @ts-expect-error: the present namespace has no drill.title.
      t('present:drill.title'),
      // A key built from data is any string only with the text to show when no label has it.
      t('units.人次', { defaultValue: '人次' }),
    ];
    // @ts-expect-error: a findings t is not a spending t (its bare keys are another namespace's).
    spending((() => '') as TFunction<'findings'>);
    // @ts-expect-error: en lacks "b".
    defineMessages({ zh: { a: '甲', b: '乙' }, en: { a: 'A' } });
    // @ts-expect-error: en has "c", which zh does not.
    defineMessages({ zh: { a: '甲' }, en: { a: 'A', c: 'C' } });
    expect(defineMessages({ zh: { a: '甲' }, en: { a: 'A' } }).en.a).toBe('A');
  });

  it('has a label for every importer figure whose key is built from its path', async () => {
    const t = await importerT();
    const paths = labelledPaths();
    const threePublic = paths.filter((path) => path.startsWith('threePublic.')).map((path) => `stated.threePublicVsPrevious.${path.slice('threePublic.'.length)}`);
    const unlabelled = [...paths, ...threePublic].flatMap((path) => {
      const { key, nameKey } = figureInfo(path).label;
      return [key, ...(nameKey ? [nameKey] : [])].filter((k) => t(k) === k);
    });
    expect(paths.length).toBeGreaterThan(30);
    expect(unlabelled).toEqual([]);
  });
});
