import { describe, expect, it } from 'vitest';
import { wrapText } from '@/components/charts/textWidth';

describe('names on a chart axis wrap rather than being cut', () => {
  it('keeps a name that fits on one line', () => {
    expect(wrapText('社会保障和就业支出', 9 * 13, 13)).toEqual(['社会保障和就业支出']);
  });

  it('breaks a long Chinese name between characters, losing none', () => {
    const name = '机关事业单位基本养老保险缴费支出';
    const lines = wrapText(name, 8 * 13, 13);
    expect(lines).toEqual(['机关事业单位基本', '养老保险缴费支出']);
    expect(lines.join('')).toBe(name);
  });

  it('breaks English between words', () => {
    expect(wrapText('Official vehicle operation', 130, 13)).toEqual(['Official vehicle', 'operation']);
  });
});
