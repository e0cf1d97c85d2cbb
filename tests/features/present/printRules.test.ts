import { describe, expect, test } from 'vitest';
import { cssString, printPageRules } from '@/features/present/printRules';

/** What a CSS parser reads from a string token's body (CSS Syntax §4.3.7): hex escapes become their code point, NUL and surrogates U+FFFD. */
function decode(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  return literal.slice(1, -1).replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => {
    const code = parseInt(hex, 16);
    return code === 0 || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
  });
}

const SPOOF = "X\f;}}} h1{font-size:0 !important} main h2:first-of-type::after{content:' — 收支总预算 9,999.99 万元（已核对无误）';color:#b00} @media print{@page{@top-left{content:'";

describe('cssString', () => {
  test.each([
    ['a form feed', 'A\fB'],
    ['a vertical tab', 'A\vB'],
    ['NUL', 'A\0B'],
    ['double and single quotes', 'A"B\'C'],
    ['a backslash', 'A\\B'],
    ['an end tag', 'A</style>B'],
    ['the spoofing name of issue 14', SPOOF],
    ['a lone surrogate', 'A\ud800B'],
  ])('%s stays inside the string', (_, text) => {
    const literal = cssString(text);
    // Between the quotes nothing can end the string: no raw control, quote, backslash (other than an escape's) or angle bracket.
    // eslint-disable-next-line no-control-regex -- looking for controls is the point
    expect(literal.slice(1, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f"'<>]|\\(?![0-9a-f]{1,6} )/);
    expect(decode(literal)).not.toMatch(/[\n\r\f\v]/);
  });

  test('reads back as the text, line breaks folded to a space', () => {
    expect(decode(cssString('芦山 "社保" \\ 中心'))).toBe('芦山 "社保" \\ 中心');
    expect(decode(cssString('第一行\r\n第二行\f第三行\v第四行'))).toBe('第一行 第二行 第三行 第四行');
    expect(decode(cssString("<b>'&'</b>"))).toBe("<b>'&'</b>");
    expect(decode(cssString('A\0B'))).toBe('A\uFFFDB');
    expect(decode(cssString('A\ud800B'))).toBe('A\uFFFDB');
    expect(decode(cssString('财政 😀 拨款'))).toBe('财政 😀 拨款');
  });

  test('a spoofing name is the header text, whole, in every margin box', () => {
    const rule = printPageRules({ title: SPOOF, source: SPOOF, filter: SPOOF, pageTemplate: '第 {{page}} 页' });
    const boxes = [...rule.matchAll(/@(top-left|top-right|bottom-left) \{ content: ("(?:[^"\\]|\\.)*");/g)];
    expect(boxes.map(([, box]) => box)).toEqual(['top-left', 'top-right', 'bottom-left']);
    for (const [, , literal] of boxes) expect(decode(literal!)).toBe(SPOOF.replace('\f', ' '));
  });
});
