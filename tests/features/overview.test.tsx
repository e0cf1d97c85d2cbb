import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OverviewSection } from '@/features/overview';
import { renderWithBudget } from '../support/renderWithBudget';

describe('Overview', () => {
  it('shows the total and its change against 2020, computed from the figures', () => {
    renderWithBudget(<OverviewSection id="overview" />);
    const tile = screen.getByText('收支总预算').closest('div')!;
    expect(within(tile).getByText('109.25 万元')).toBeInTheDocument();
    expect(within(tile).getByText(/较 2020 年 \+26\.17 万元（\+31\.50%）/)).toBeInTheDocument();
  });

  it("shows basic spending's share of the total and personnel's share of basic spending", () => {
    renderWithBudget(<OverviewSection id="overview" />);
    expect(screen.getByText('109.25 / 0.00 万元')).toBeInTheDocument();
    expect(screen.getByText('基本支出占 100.00%')).toBeInTheDocument();
    expect(screen.getByText('98.19 / 11.06 万元')).toBeInTheDocument();
    expect(screen.getByText('人员经费占基本支出 89.88%')).toBeInTheDocument();
  });

  it('shows the filtered category and its share of the total when a filter is set', () => {
    renderWithBudget(<OverviewSection id="overview" />, { search: '?cat=社会保障和就业支出' });
    const tile = screen.getByText(/筛选类别：社会保障和就业支出/).closest('div')!;
    expect(within(tile).getByText('23.49 万元')).toBeInTheDocument();
    expect(within(tile).getByText('占总预算 21.50%')).toBeInTheDocument();
  });

  it('sets the filter from the spending-structure legend', async () => {
    renderWithBudget(<OverviewSection id="overview" />);
    await userEvent.click(await screen.findByRole('button', { name: /卫生健康支出/ }));
    expect(new URLSearchParams(window.location.search).get('cat')).toBe('卫生健康支出');
  });

  it('shows amounts in 元 when the unit switch says so', () => {
    renderWithBudget(<OverviewSection id="overview" />, { search: '?unit=元' });
    expect(screen.getAllByText('1,092,500 元').length).toBeGreaterThan(0);
  });

  it('labels everything in English with ?lang=en', () => {
    renderWithBudget(<OverviewSection id="overview" />, { search: '?lang=en' });
    expect(screen.getByText('Total budget')).toBeInTheDocument();
    expect(screen.getByText(/\+26\.17 ten thousand yuan \(\+31\.50%\) vs 2020/)).toBeInTheDocument();
  });

  it('uses English brackets, colons and separators in English (no full-width （）：；)', () => {
    const { container } = renderWithBudget(<OverviewSection id="overview" />, { search: '?lang=en' });
    expect(container.textContent).toMatch(/\d \(\d+\.\d+%\)/);
    expect(container.textContent).not.toMatch(/[（）：；]/);
  });
});
