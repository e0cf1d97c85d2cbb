import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FilterBar } from '@/app/FilterBar';
import { parseBudgetValue } from '@/data/parseBudget';
import type { LoadedBudget } from '@/data/loadedBudget';
import { largeBudget } from '../../scripts/gen-large';
import { renderWithBudget } from '../support/renderWithBudget';

/** The bench's education bureau: 25 类, 200 款, 5,000 项. */
function large(): LoadedBudget {
  const parsed = parseBudgetValue(largeBudget());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return { file: parsed.budget, model: parsed.model, sourceId: 'large' };
}

describe('the category filter on a budget with 5,000 项', () => {
  it('lists at most 100 类 and 款, and reaches a 项 by search from the keyboard', async () => {
    const user = userEvent.setup();
    renderWithBudget(<FilterBar />, { budget: large() });
    const combobox = await screen.findByRole('combobox', { name: '支出类别' });
    expect(combobox).toHaveValue('全部支出');
    await user.click(screen.getByRole('button', { name: '显示类别列表' }));
    const listbox = screen.getByRole('listbox', { name: '支出类别' });
    // 全部支出 + the first 100 of the 225 类 and 款; the rest are found by name.
    expect(within(listbox).getAllByRole('option')).toHaveLength(101);
    expect(within(listbox).getByRole('option', { name: '教育支出' })).toBeInTheDocument();
    expect(screen.getByText('另有 5,125 个类别未列出，请输入名称查找')).toBeVisible();

    await user.clear(combobox);
    await user.type(combobox, '城关第一小学运行保障1');
    const matches = within(listbox).getAllByRole('option');
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.length).toBeLessThanOrEqual(100);
    expect(matches[0]).toHaveTextContent('城关第一小学运行保障1');
    await user.keyboard('{ArrowDown}{Enter}');

    const cat = new URLSearchParams(window.location.search).get('cat') ?? '';
    expect(cat.split('›')).toHaveLength(3);
    expect(cat.endsWith('城关第一小学运行保障1')).toBe(true);
    expect(screen.getByTestId('filter-chip')).toHaveTextContent('城关第一小学运行保障1');
    expect(combobox).toHaveValue(cat.split('›')[2]);
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  }, 20_000);

  it('says so when no name matches, and Escape puts the chosen name back', async () => {
    const user = userEvent.setup();
    renderWithBudget(<FilterBar />, { budget: large() });
    const combobox = await screen.findByRole('combobox', { name: '支出类别' });
    await user.clear(combobox);
    await user.type(combobox, '不存在的名称');
    expect(screen.getByText('没有名称包含“不存在的名称”的类别')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(combobox).toHaveValue('全部支出');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('cat')).toBeNull());
  }, 20_000);
});
