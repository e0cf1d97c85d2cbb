import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartFrame } from '@/components/ChartFrame';
import type { TableData } from '@/components/table';
import { renderWithBudget } from '../support/renderWithBudget';

const SOURCE = '芦山县社会保险事务中心 2021 年部门预算编制说明';
const table: TableData = { columns: [{ key: 'name', label: 'Name' }], rows: [] };

function sourceLine(search: string, title: string): HTMLElement {
  renderWithBudget(<ChartFrame title={title} subtitle="" chart={<p>chart</p>} table={table} source={SOURCE} />, { search });
  return within(screen.getByRole('figure', { name: title })).getByText(new RegExp(SOURCE));
}

describe('the source under a chart', () => {
  it('reads "Source: …" with an ASCII colon and space in English', () => {
    expect(sourceLine('?lang=en', 'Revenue sources').textContent).toBe(`Source: ${SOURCE}`);
  });

  it('reads "来源：…" with the full-width colon in Chinese', () => {
    expect(sourceLine('', '收入来源').textContent).toBe(`来源：${SOURCE}`);
  });
});
