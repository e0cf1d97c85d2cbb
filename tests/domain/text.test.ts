import { describe, expect, it } from 'vitest';
import { normalizeText, xmlText } from '@/domain/text';

describe('normalizeText', () => {
  it('composes, keeps tab and newline, drops other controls, replaces lone surrogates', () => {
    expect(normalizeText('Cafe\u0301')).toBe('Café');
    expect(normalizeText('第一行\r\n第二行\r第三行\n\t缩进')).toBe('第一行\n第二行\n第三行\n\t缩进');
    expect(normalizeText('芦山\u000b社保\f中心\u0000\u007f\u0085\ufeff')).toBe('芦山社保中心\ufeff');
    expect(normalizeText('A\ud800B\udc00C')).toBe('A\ufffdB\ufffdC');
    expect(normalizeText('财政 😀 拨款')).toBe('财政 😀 拨款');
  });
});

describe('xmlText', () => {
  it('drops what XML 1.0 cannot hold and keeps the rest as it is', () => {
    expect(xmlText('芦山\u000b社保\f中心\u0000\ufffe')).toBe('芦山社保中心');
    expect(xmlText('A\ud800B')).toBe('A\ufffdB');
    expect(xmlText('tab\there\nline\r<&>"\'😀')).toBe('tab\there\nline\r<&>"\'😀');
  });
});
