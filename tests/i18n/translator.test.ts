import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { Translator, type Messages } from '@/i18n/translator';

const labels = {
  zh: { title: '概览', nested: { amount: '金额（{{unit}}）' }, people_one: '{{count}} 人', people_other: '{{count}} 人', onlyZh: '只有中文' },
  en: { title: 'Overview', nested: { amount: 'Amount ({{unit}})' }, people_one: '{{count}} person', people_other: '{{count}} people' },
};

describe('the label lookup', () => {
  it('reads nested keys, fills placeholders and picks plural forms by count', () => {
    const en = new Translator('en', { common: labels });
    expect(en.t('title')).toBe('Overview');
    expect(en.t('nested.amount', { unit: 'ten thousand yuan' })).toBe('Amount (ten thousand yuan)');
    expect(en.t('people', { count: 1 })).toBe('1 person');
    expect(en.t('people', { count: 9 })).toBe('9 people');
    // A count already formatted for display still picks the form by its value.
    expect(en.t('people', { count: '1,234' })).toBe('1,234 people');
    expect(new Translator('zh-CN', { common: labels }).t('people', { count: 1 })).toBe('1 人');
  });

  it('falls back to the Chinese label, then to defaultValue, then to the key; keeps a placeholder with no value', () => {
    const en = new Translator('en', { common: labels });
    expect(en.t('onlyZh')).toBe('只有中文');
    expect(en.t('units.人次', { defaultValue: '人次' })).toBe('人次');
    expect(en.t('missing.key')).toBe('missing.key');
    expect(en.t('nested.amount')).toBe('Amount ({{unit}})');
  });

  it('reads another namespace by ns:key and tells subscribers when a namespace arrives or the language changes', async () => {
    let resolve: (m: Messages) => void = () => undefined;
    const i18n = new Translator('zh-CN', { common: labels }, () => new Promise<Messages>((r) => (resolve = r)));
    const heard: string[] = [];
    i18n.subscribe(() => heard.push(`${i18n.language} ${i18n.hasNamespace('late')}`));
    expect(i18n.t('late:title')).toBe('late:title');
    const arrived = i18n.load('late');
    resolve({ zh: { title: '迟到' }, en: { title: 'Late' } });
    await arrived;
    expect(i18n.t('late:title')).toBe('迟到');
    expect(i18n.t('title', undefined, 'late')).toBe('迟到');
    i18n.changeLanguage('en');
    expect(i18n.t('late:title')).toBe('Late');
    expect(heard).toEqual(['zh-CN true', 'en true']);
  });

  it('tells a label whose language is passed down when a namespace arrives, and not when the language changes', async () => {
    let resolve: (m: Messages) => void = () => undefined;
    const i18n = new Translator('zh-CN', { common: labels }, () => new Promise<Messages>((r) => (resolve = r)));
    const heard: string[] = [];
    i18n.subscribeNamespaces(() => heard.push(`${i18n.language} ${i18n.hasNamespace('late')}`));
    i18n.changeLanguage('en');
    const arrived = i18n.load('late');
    resolve({ zh: { title: '迟到' }, en: { title: 'Late' } });
    await arrived;
    i18n.changeLanguage('zh-CN');
    expect(heard).toEqual(['en true']);
  });

  it('gives the app every namespace: core at once, the rest from their chunks', async () => {
    const i18n = createI18n('en');
    expect(i18n.t('common:section.overview')).toBe('Overview');
    expect(i18n.hasNamespace('keyWork')).toBe(true); // the test setup registers all namespaces
  });
});
