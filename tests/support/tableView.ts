/** Reads a chart the way a user checks its figures: open its table view, read each body row's cells. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

export async function tableViewRows(figureName: string): Promise<(string | null)[][]> {
  const frame = screen.getByRole('figure', { name: figureName });
  await userEvent.click(within(frame).getByRole('tab', { name: '表格' }));
  return within(frame)
    .getAllByRole('row')
    .slice(1)
    .map((r) => Array.from(r.children).map((c) => c.textContent));
}
