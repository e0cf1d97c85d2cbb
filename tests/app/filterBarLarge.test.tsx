import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FilterBar } from '@/app/FilterBar';
import { parseBudgetValue } from '@/data/parseBudget';
import type { LoadedBudget } from '@/state/budgetContext';
import { largeBudget } from '../../scripts/gen-large';
import { renderWithBudget } from '../support/renderWithBudget';

/** The bench's education bureau: 25 类, 200 款, 5,000 项. */
function large(): LoadedBudget {
  const parsed = parseBudgetValue(largeBudget());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return { file: parsed.budget, model: parsed.model, sourceId: 'large' };
}

describe('the category filter on a budget with 5,000 项', () => {
  it('lists 类 and 款 only, and reaches a 项 by search from the keyboard', async () => {
    const user = userEvent.setup();
    renderWithBudget(<FilterBar />, { budget: large() });
    const select = screen.getByRole('combobox', { name: '支出类别' });
    // 全部支出 + 25 类 + 200 款.
    expect(within(select).getAllByRole('option')).toHaveLength(226);
    expect(within(select).getByRole('option', { name: /^\s*教育支出$/ })).toBeInTheDocument();

    const search = await screen.findByRole('combobox', { name: '查找类别' });
    await user.type(search, '城关第一小学运行保障1');
    const listbox = screen.getByRole('listbox', { name: '查找类别' });
    const matches = within(listbox).getAllByRole('option');
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.length).toBeLessThanOrEqual(20);
    expect(matches[0]).toHaveTextContent('城关第一小学运行保障1');
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');

    const cat = new URLSearchParams(window.location.search).get('cat') ?? '';
    expect(cat.split('›')).toHaveLength(3);
    expect(cat.endsWith('城关第一小学运行保障1')).toBe(true);
    // The chosen 项 joins the list so the select shows it, and the chip names its path.
    expect((select as HTMLSelectElement).value).toBe(cat);
    expect(screen.getByTestId('filter-chip')).toHaveTextContent('城关第一小学运行保障1');
    expect(screen.getByRole('combobox', { name: '查找类别' })).toHaveValue('');
  }, 20_000);

  it('says so when no name matches', async () => {
    const user = userEvent.setup();
    renderWithBudget(<FilterBar />, { budget: large() });
    await user.type(await screen.findByRole('combobox', { name: '查找类别' }), '不存在的名称');
    expect(screen.getByText('没有名称包含“不存在的名称”的类别')).toBeInTheDocument();
  }, 20_000);
});
