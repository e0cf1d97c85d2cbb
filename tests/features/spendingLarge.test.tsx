import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseBudgetValue } from '@/data/parseBudget';
import { SpendingSection } from '@/features/spending';
import type { LoadedBudget } from '@/data/loadedBudget';
import { renderWithBudget } from '../support/renderWithBudget';

/** 50 类 × 10 款 × 10 项 = 5,000 项 in 元; 项 n (from 0) is n + 1 元, so the largest is 5,000 元. */
function buildLargeBudget(): LoadedBudget {
  let n = 0;
  const functional = Array.from({ length: 50 }, (_, l) => ({
    name: `类${l + 1}`,
    children: Array.from({ length: 10 }, (_, k) => ({
      name: `款${l + 1}-${k + 1}`,
      children: Array.from({ length: 10 }, (_, i) => ({ name: `项${l + 1}-${k + 1}-${i + 1}`, amount: ++n, purpose: `用途 ${n}` })),
    })),
  }));
  const total = (5000 * 5001) / 2;
  const file = {
    formatVersion: 1,
    fiscalYear: 2021,
    unit: '元',
    department: { name: '大单位' },
    total,
    revenue: [{ name: '一般公共预算拨款收入', amount: total }],
    spending: { basic: total },
    functional,
    source: { title: '大单位 2021 年部门预算' },
  };
  const result = parseBudgetValue(file);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return { file: result.budget, model: result.model, sourceId: 'large' };
}

const large = buildLargeBudget();

describe('A budget with 5,000 项', { timeout: 20_000 }, () => {
  it('keeps the detail table to one page of 25 rows and pages through the rest', async () => {
    renderWithBudget(<SpendingSection id="spending" />, { budget: large });
    const items = screen.getByRole('region', { name: '各项支出明细' });
    expect(within(items).getByText('共 5,000 项')).toBeInTheDocument();
    // Header, 25 rows and the total row.
    expect(within(items).getAllByRole('row')).toHaveLength(27);
    expect(within(items).getAllByRole('row').at(-1)).toHaveTextContent(/^合计/);
    expect(within(items).getAllByRole('row')[1]).toHaveTextContent('项50-10-10');
    const pager = within(items).getByRole('navigation', { name: '分页' });
    expect(pager).toHaveTextContent('第 1–25 项，共 5,000 项');
    expect(within(pager).getByRole('button', { name: '上一页' })).toBeDisabled();
    await userEvent.click(within(pager).getByRole('button', { name: '下一页' }));
    expect(pager).toHaveTextContent('第 26–50 项，共 5,000 项');
    expect(within(items).getAllByRole('row')[1]).toHaveTextContent('项50-8-5');
  });

  it('draws at most 12 bars at every level, the rest folded into 其他', async () => {
    renderWithBudget(<SpendingSection id="spending" />, { budget: large });
    const bars = () => within(screen.getByRole('list', { name: '支出功能分类' })).getAllByRole('listitem');
    expect(bars()).toHaveLength(12);
    expect(bars().at(-1)).toHaveTextContent(/^其他/);
    await userEvent.click(screen.getByRole('button', { name: /^类50/ }));
    // 10 款 with 10 项 each is too many marks to list together: the 款 only.
    expect(bars()).toHaveLength(10);
    await userEvent.click(screen.getByRole('button', { name: /^款50-10/ }));
    expect(bars()).toHaveLength(10);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('drill')).toBe('类50›款50-10'));
    expect(screen.getByRole('region', { name: '各项支出明细' })).toHaveTextContent('筛选后 10 项（全部 5,000 项）');
  });
});
