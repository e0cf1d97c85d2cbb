import { describe, expect, it } from 'vitest';
import { loadViewParams, serializeView } from '@/state/urlParams';

describe('the address keys', () => {
  it('reads each key as its type', () => {
    const view = loadViewParams('?s=spending&cat=社会保障和就业支出&unit=元&lang=en&present=presenter&slide=3&asof=2021-07-01&compare=seed');
    expect(view).toMatchObject({ s: 'spending', cat: '社会保障和就业支出', unit: '元', lang: 'en', present: 'presenter', slide: '3', asof: '2021-07-01', compare: 'seed' });
    expect(loadViewParams('?slide=keyWork').slide).toBe('keyWork');
  });

  it('reads a value that does not parse as absent: the default view, not an error', () => {
    const view = loadViewParams('?unit=foo&lang=xx&slide=-3&present=yes&asof=July');
    expect(view.unit).toBeNull();
    expect(view.lang).toBe('zh-CN');
    expect(view.slide).toBeNull();
    expect(view.present).toBeNull();
    expect(view.asof).toBeNull();
    expect(loadViewParams('').lang).toBe('zh-CN');
  });

  it('writes a link over the current address, dropping defaults and cleared keys', () => {
    expect(serializeView('?cat=卫生健康支出&s=overview', { s: 'spending' })).toBe('?cat=卫生健康支出&s=spending');
    expect(serializeView('?lang=en&cat=x', { lang: 'zh-CN', cat: null })).toBe('');
  });
});
