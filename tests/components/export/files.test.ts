import { describe, expect, it } from 'vitest';
import { csvFileName } from '@/components/table';
import { imageFileName } from '@/components/export/exportImage';
import { safeFileName } from '@/components/export/files';
import { statusFileName } from '@/data/milestoneExchange';
import { exportFileName } from '@/features/library/exportDataset';
import { jsonFileName } from '@/features/import/importedFile';

const utf8 = (text: string) => new TextEncoder().encode(text).length;

describe('the names users got before stay as they were', () => {
  it('keeps chart, table and deck names joined by dashes', () => {
    expect(imageFileName('收入来源', 'png')).toBe('收入来源.png');
    expect(imageFileName('Income sources', 'svg')).toBe('Income-sources.svg');
    expect(csvFileName('支出功能分类构成')).toBe('支出功能分类构成.csv');
    expect(csvFileName('')).toBe('table.csv');
    // The deck's options (pptxFileName), written here so this test does not follow the deck's code when it moves.
    const deck = (title: string) => safeFileName(title, 'pptx', { fallback: 'deck', words: 'dash' });
    expect(deck('芦山县社会保险事务中心 · 2021 年部门预算')).toBe('芦山县社会保险事务中心-2021-年部门预算.pptx');
    expect(deck('')).toBe('deck.pptx');
  });

  it('keeps spaces in dataset, import and status names', () => {
    expect(jsonFileName('芦山社保 2021 预算说明.docx', 'x')).toBe('芦山社保 2021 预算说明.json');
    expect(exportFileName({ name: '示例', fileName: 'budget 2021.json' })).toBe('budget 2021.json');
    expect(statusFileName({ department: '芦山县社会保险事务中心', fiscalYear: 2021 })).toBe('芦山县社会保险事务中心-2021-milestones.json');
    expect(statusFileName({ department: 'a/b:c', fiscalYear: 2022 })).toBe('a-b-c-2022-milestones.json');
  });
});

describe('safeFileName on hostile names', () => {
  it('cannot climb out of the downloads folder', () => {
    const name = safeFileName('../../etc/passwd', 'json');
    expect(name).not.toMatch(/[\\/]/);
    expect(name.startsWith('.')).toBe(false);
    expect(safeFileName('..\\..\\boot.ini', 'svg', { words: 'dash' })).toBe('boot.ini.svg');
  });

  it('never names a Windows device', () => {
    expect(safeFileName('CON', 'png')).toBe('_CON.png');
    expect(safeFileName('nul', 'csv')).toBe('_nul.csv');
    expect(safeFileName('com1.tar', 'gz')).toBe('_com1.tar.gz');
    expect(safeFileName('LPT9', 'pptx', { words: 'dash' })).toBe('_LPT9.pptx');
    expect(safeFileName('CONTROL', 'png')).toBe('CONTROL.png');
    expect(safeFileName('con', 'json', { suffix: '-2021-milestones' })).toBe('con-2021-milestones.json');
  });

  it('replaces reserved, control, bidi and lone-surrogate characters', () => {
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j', 'txt')).toBe('a-b-c-d-e-f-g-h-i-j.txt');
    expect(safeFileName('甲\u0000\u0007\u001f乙\u007f\u0085丙', 'json')).toBe('甲-乙-丙.json');
    expect(safeFileName('报告\u202Egnp.exe', 'svg')).toBe('报告gnp.exe.svg');
    expect(safeFileName('甲\ud800乙', 'png')).toBe('甲-乙.png');
    expect(safeFileName('<>:"/\\|?*', 'csv', { fallback: 'table' })).toBe('table.csv');
    expect(safeFileName('<>:"/\\|?*', 'csv', { fallback: 'table', words: 'dash' })).toBe('table.csv');
    expect(safeFileName('\u0000\u0001', 'png', { fallback: 'chart', words: 'dash' })).toBe('chart.png');
  });

  it('drops leading dots and trailing dots and spaces', () => {
    expect(safeFileName('.hidden', 'json')).toBe('hidden.json');
    expect(safeFileName('report. . ', 'json')).toBe('report.json');
    expect(safeFileName('   ', 'json', { fallback: 'budget' })).toBe('budget.json');
  });

  it('cuts 300-character names to a length every file system takes, on a whole character', () => {
    for (const title of ['支'.repeat(300), 'a'.repeat(300), '😀'.repeat(300)]) {
      const name = safeFileName(title, 'pptx', { suffix: '-2021-milestones' });
      expect(utf8(name)).toBeLessThanOrEqual(200);
      expect(name.endsWith('-2021-milestones.pptx')).toBe(true);
      expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
  });
});
