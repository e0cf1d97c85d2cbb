import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DataTable } from '@/components/DataTable';
import { tableToCsv, type TableData } from '@/components/table';
import { renderWithBudget } from '../support/renderWithBudget';

/** 1,000 milestones' worth of rows, as the large budget's key-work table has. */
const table: TableData = {
  columns: [
    { key: 'name', label: '节点' },
    { key: 'value', label: '数量', numeric: true },
  ],
  rows: Array.from({ length: 1000 }, (_, i) => ({
    key: `r${i}`,
    cells: [
      { display: `节点 ${i + 1}`, csv: `节点 ${i + 1}` },
      { display: String(i + 1), csv: i + 1 },
    ],
  })),
};

describe('a long table', () => {
  it('draws its first 100 rows, grows on request, and its CSV keeps all 1,000', async () => {
    const user = userEvent.setup();
    renderWithBudget(<DataTable table={table} caption="重点工作时间安排" />);
    const grid = screen.getByRole('table', { name: '重点工作时间安排' });
    // Header row + 100 body rows.
    expect(within(grid).getAllByRole('row')).toHaveLength(101);
    expect(within(grid).getByRole('rowheader', { name: '节点 100' })).toBeInTheDocument();
    expect(within(grid).queryByRole('rowheader', { name: '节点 101' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '再显示 500 行（已显示 100 行，共 1000 行；CSV 含全部行）' }));
    expect(within(grid).getAllByRole('row')).toHaveLength(601);
    await user.click(screen.getByRole('button', { name: '再显示 400 行（已显示 600 行，共 1000 行；CSV 含全部行）' }));
    expect(within(grid).getByRole('rowheader', { name: '节点 1000' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /再显示/ })).not.toBeInTheDocument();

    expect(tableToCsv(table).trim().split('\r\n')).toHaveLength(1001);
  });
});
