/** Lines rebuilt from a PDF page's positioned text, and page furniture dropped. */
import { describe, expect, it } from 'vitest';
import { dropPageChrome } from '@/importer/pdf/pageChrome';
import { pageLines, type PositionedText } from '@/importer/pdf/pageLines';
import { joinWrapped } from '@/importer/pdf/paragraphs';

const item = (str: string, x: number, y: number, width: number, size = 10): PositionedText => ({ str, transform: [size, 0, 0, size, x, y], width, height: size });

describe('pageLines', () => {
  it('reads a table drawn column by column as rows, top to bottom, with a space between cells', () => {
    const items = [item('人员经费', 50, 700, 40), item('公用经费', 50, 680, 40), item('98.19', 200, 700.4, 25), item('11.06', 200, 679.8, 25)];
    expect(pageLines(items).map((line) => line.text)).toEqual(['人员经费 98.19', '公用经费 11.06']);
  });

  it('joins characters a justified line spreads apart without spaces, but keeps a space before a number', () => {
    const items = [item('收', 50, 500, 10), item('支', 62, 500, 10), item('总预算', 74, 500, 30), item('109.25', 108, 500, 28), item('万元', 140, 500, 20)];
    expect(pageLines(items).map((line) => line.text)).toEqual(['收支总预算 109.25 万元']);
  });

  it('drops fake bold (the same text drawn twice) and empty items', () => {
    expect(pageLines([item('一、部门基本情况', 50, 600, 80), item('一、部门基本情况', 50.2, 600, 80), item(' ', 130, 600, 5)]).map((line) => line.text)).toEqual(['一、部门基本情况']);
  });
});

describe('dropPageChrome', () => {
  it('drops page numbers in their usual forms and a running header and footer', () => {
    const body = [['单位概况。', '职能职责。'], ['收入预算。', '支出预算。'], ['三公经费。', '政府采购。'], ['国有资产。', '名词解释。']];
    const pages = body.map(([first, last], i) => [
      `某某局 2022 年部门预算公开（${i + 1}）`,
      first!,
      last!,
      `—${i + 1}—`,
      i % 2 ? `第 ${i + 1} 页，共 4 页` : `${i + 1}/4`,
    ]);
    expect(dropPageChrome(pages, (line) => line)).toEqual(body);
  });

  it('keeps a line that starts or ends only a few of the pages', () => {
    const pages = [['一、部门基本情况', '详见下表。'], ['二、收支预算', '详见下表。'], ['三、其他', '无。'], ['四、名词解释', '略。'], ['五、附表', '附后。']];
    expect(dropPageChrome(pages, (line) => line)).toEqual(pages);
  });
});

describe('joinWrapped', () => {
  /** A line of 10-point text ending at `right` (the text's right edge is 500). */
  const line = (text: string, right = 300, columns = false) => ({ text, right, size: 10, columns });

  it('joins a paragraph wrapped at the margin, a number split at the break included, and stops at its short last line', () => {
    expect(joinWrapped([line('（四）机关事业单位职业年金缴费支出（项）：', 500), line('指单位缴纳的职业年金的支出，预算 1', 495), line('4.18 万元。'), line('下一段。')])).toEqual([
      '（四）机关事业单位职业年金缴费支出（项）：指单位缴纳的职业年金的支出，预算 14.18 万元。',
      '下一段。',
    ]);
  });

  it('keeps table rows and headings on their own lines even after a full line', () => {
    expect(joinWrapped([line('基本支出        98.19', 500, true), line('项目支出        11.06', 500, true), line('正文一直写到页边', 500), line('二、支出预算情况', 500), line('（一）收入', 500)])).toEqual([
      '基本支出        98.19',
      '项目支出        11.06',
      '正文一直写到页边',
      '二、支出预算情况',
      '（一）收入',
    ]);
  });

  it('joins nothing when only the longest line reaches the edge: a short text is not a wrapped paragraph', () => {
    expect(joinWrapped([line('某某局 2022 年部门预算编制说明', 500), line('收支总预算 56.40 万元。', 320)])).toEqual(['某某局 2022 年部门预算编制说明', '收支总预算 56.40 万元。']);
  });
});
