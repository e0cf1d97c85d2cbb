// @vitest-environment node
/** Clean-up of what Word and PDF exports do to text. */
import { describe, expect, it } from 'vitest';
import { importExplanation } from '@/importer';
import { cleanNumbers, normalizeText } from '@/importer/normalize';

describe('normalizeText', () => {
  it('joins a sentence torn by blank lines and a page break, but not a heading', () => {
    expect(normalizeText('2021 年一般公共预算当年拨\n\n\f- 3 -\n款 109.25 万元，比上年增加。\n## 三、收支预算情况说明\n退休人员 3 人\n\n## 四、其他')).toEqual([
      '2021 年一般公共预算当年拨款 109.25 万元，比上年增加。',
      '## 三、收支预算情况说明',
      '退休人员 3 人',
      '## 四、其他',
    ]);
  });

  it('folds full-width digits and % but keeps Chinese punctuation as written', () => {
    expect(normalizeText('收入３４８．９０万元，占９７．９％；支出（类）')).toEqual(['收入348.90万元，占97.9%；支出（类）']);
  });

  it('does not join a line to a numbered item that follows it', () => {
    expect(normalizeText('其中：\n1. 人员经费 5 万元。\n（二）公用经费')).toEqual(['其中：', '1. 人员经费 5 万元。', '（二）公用经费']);
  });

  it('keeps a torn number whole when its line is broken mid-number', () => {
    expect(normalizeText('收支总预算 35\n\n6.40 万元。')).toEqual(['收支总预算 356.40 万元。']);
  });
});

describe('cleanNumbers', () => {
  it('drops thousands separators of amounts and joins spaced digit groups', () => {
    expect(cleanNumbers('总预算 4,471.22 万元，机关运行经费 1,285,600 元，合计 1 085 203.63 元')).toBe(
      '总预算 4471.22 万元，机关运行经费 1285600 元，合计 1085203.63 元',
    );
  });

  it('joins a decimal point with stray spaces only before a unit', () => {
    expect(cleanNumbers('人员经费 256. 15 万元；1. 2021 年')).toBe('人员经费 256.15 万元；1. 2021 年');
  });

  it('leaves a full-width comma between clauses alone', () => {
    expect(cleanNumbers('2018 年 100，200 人参加')).toBe('2018 年 100，200 人参加');
  });
});

describe('linear in its input', () => {
  // 600 KB of lines torn by blank lines used to be joined by re-scanning a growing string (56 s in a tab).
  it('reads 600 KB of "x\\n\\n" (page chrome: each line stands alone) and answers with its report', () => {
    const torn = 'x\n\n'.repeat(200_000);
    expect(normalizeText(torn)).toHaveLength(200_000);
    expect(importExplanation(torn).report.error?.code).toBe('not_explanation');
  }, 30_000);

  it('joins 200,000 torn pieces of one Chinese sentence into one line', () => {
    const lines = normalizeText('字\n\n'.repeat(200_000));
    expect(lines).toEqual(['字'.repeat(200_000)]);
  }, 30_000);
});
