import { describe, expect, it } from 'vitest';
import { sameData } from '@/components/charts/sameData';

describe('sameData: rows rebuilt with the same values draw the same chart', () => {
  it('equal when rebuilt row by row, nested arrays included', () => {
    const lane = () => ({ key: 'a', marks: [{ key: 'm', from: 0, to: 3, ticks: [1, 2] }], label: '1–3 月' });
    expect(sameData([lane()], [lane()])).toBe(true);
  });

  it('a changed field, an extra field, a missing value or an undefined one is a change', () => {
    expect(sameData([{ key: 'a', value: 1 }], [{ key: 'a', value: 2 }])).toBe(false);
    expect(sameData({ key: 'a' }, { key: 'a', selected: true })).toBe(false);
    expect(sameData({ key: 'a', value: undefined }, { key: 'a', share: undefined })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
  });

  it('functions, dates and React elements count as equal only when they are the same object', () => {
    expect(sameData({ f: () => 1 }, { f: () => 1 })).toBe(false);
    expect(sameData(new Date(0), new Date(0))).toBe(false);
    const element = { $$typeof: Symbol.for('react.transitional.element'), props: {} };
    expect(sameData(element, { ...element })).toBe(false);
    expect(sameData(element, element)).toBe(true);
  });
});
