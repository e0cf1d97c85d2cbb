import { describe, expect, it } from 'vitest';
import { tableToCsv, type TableData } from '@/components/table';

function csvOf(name: string): string {
  const table: TableData = {
    columns: [
      { key: 'name', label: '名称' },
      { key: 'amount', label: '金额', numeric: true },
    ],
    rows: [{ key: 'r', cells: [{ display: name, csv: name }, { display: '1', csv: 1.5 }] }],
  };
  return tableToCsv(table).split('\r\n')[1]!;
}

/** Splits a line the way a spreadsheet whose list separator is ";" does, honouring quotes. */
function semicolonCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i]!;
    if (ch === '"' && quoted && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ';' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  return [...cells, cell];
}

const isFormula = (cell: string) => /^[=+\-@]/.test(cell.trim());

describe('CSV formula guard', () => {
  it('guards a formula at the start of a name, and leaves numbers as numbers', () => {
    expect(csvOf('=1+1')).toBe("'=1+1,1.5");
  });

  it.each(['x;=1+1', 'x; +SUM(A1)', 'x,-2+3', 'x\t@cmd', 'x|=1'])('guards %j, which a ";"-locale spreadsheet would split into a formula cell', (name) => {
    const line = csvOf(name);
    expect(semicolonCells(line).filter(isFormula)).toEqual([]);
    expect(line.split(/[;,\t|]/).filter(isFormula)).toEqual([]);
  });

  it('keeps ordinary names untouched', () => {
    expect(csvOf('社会保障和就业支出')).toBe('社会保障和就业支出,1.5');
    expect(csvOf('2020-2021 年')).toBe('2020-2021 年,1.5');
  });
});
