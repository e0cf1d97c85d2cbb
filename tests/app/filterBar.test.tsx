import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FilterBar } from '@/app/FilterBar';
import { renderWithBudget } from '../support/renderWithBudget';

describe('the category filter on the seed', () => {
  it('lists every 类, 款 and 项, chooses one by keyboard and clears it by choosing 全部支出', async () => {
    const user = userEvent.setup();
    renderWithBudget(<FilterBar />);
    const combobox = await screen.findByRole('combobox', { name: '支出类别' });
    await user.click(combobox);
    await user.keyboard('{ArrowDown}');
    const listbox = screen.getByRole('listbox', { name: '支出类别' });
    expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('全部支出');
    expect(within(listbox).getByRole('option', { name: '行政事业单位离退休' })).toBeInTheDocument();

    await user.clear(combobox);
    await user.type(combobox, '社会保障');
    expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('社会保障和就业支出');
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('cat')).toBe('社会保障和就业支出'));
    expect(screen.getByTestId('filter-chip')).toHaveTextContent('23.49 万元');

    await user.click(screen.getByRole('button', { name: '显示类别列表' }));
    await user.click(screen.getByRole('option', { name: '全部支出' }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('cat')).toBeNull());
    expect(screen.queryByTestId('filter-chip')).not.toBeInTheDocument();
  });

  it('shows the filter from the address, and follows a change made elsewhere (the chip)', async () => {
    const user = userEvent.setup();
    renderWithBudget(<FilterBar />, { search: '?cat=社会保障和就业支出›行政事业单位离退休' });
    const combobox = await screen.findByRole('combobox', { name: '支出类别' });
    expect(combobox).toHaveValue('行政事业单位离退休');
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(combobox).toHaveValue('全部支出');
  });

  it('speaks English in English', async () => {
    const user = userEvent.setup();
    renderWithBudget(<FilterBar />, { search: '?lang=en' });
    await user.click(await screen.findByRole('button', { name: 'Show the list of categories' }));
    expect(screen.getByRole('combobox', { name: 'Expense category' })).toHaveValue('All spending');
    expect(screen.getByRole('listbox', { name: 'Expense category' })).toBeInTheDocument();
  });
});
