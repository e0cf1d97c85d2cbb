import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseBudgetValue } from '@/data/parseBudget';
import { OverviewSection } from '@/features/overview';
import type { LoadedBudget } from '@/data/loadedBudget';
import { renderWithBudget } from '../support/renderWithBudget';

/** A unit with four revenue sources, the largest 3,150.00 of 5,157.60 万元, that leaves 三公, 机关运行经费 and staff unstated. */
function talentCentre(): LoadedBudget {
  const result = parseBudgetValue(JSON.parse(readFileSync('tests/fixtures/overview/example-talent-2022-sources.json', 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { file: result.budget, model: result.model, sourceId: 'talent' };
}
const tileOf = (label: string) => screen.getByText(label).closest('div')!;

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
    expect(screen.getByText('基本支出占 100%')).toBeInTheDocument();
    expect(screen.getByText('98.19 / 11.06 万元')).toBeInTheDocument();
    expect(screen.getByText('人员经费占基本支出 89.88%')).toBeInTheDocument();
  });

  it('shows the filtered category and its share of the total when a filter is set', () => {
    renderWithBudget(<OverviewSection id="overview" />, { search: '?cat=社会保障和就业支出' });
    const tile = screen.getByText(/筛选类别：社会保障和就业支出/).closest('div')!;
    expect(within(tile).getByText('23.49 万元')).toBeInTheDocument();
    expect(within(tile).getByText('占总预算 21.50%')).toBeInTheDocument();
  });

  it('shows total revenue with the sources as its subtitle, not the largest source', () => {
    renderWithBudget(<OverviewSection id="overview" />, { budget: talentCentre() });
    const tile = tileOf('收入合计');
    expect(within(tile).getByText('5,157.60 万元')).toBeInTheDocument();
    expect(within(tile).queryByText('3,150.00 万元')).not.toBeInTheDocument();
    expect(
      within(tile).getByText('事业收入 3,150.00 万元（61.07%）；一般公共预算拨款收入 1,480.35 万元（28.70%）；其他收入 312.05 万元（6.05%）；另有 1 项'),
    ).toBeInTheDocument();
  });

  it('folds the tiles of unstated figures into one quiet line', () => {
    renderWithBudget(<OverviewSection id="overview" />, { budget: talentCentre() });
    expect(screen.getByText('未说明：人员经费 / 公用经费；“三公”经费；机关运行经费；在职人员 / 编制')).toBeInTheDocument();
    expect(screen.queryByText('未说明', { selector: 'dd' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('definition').filter((dd) => dd.className.includes('text-2xl'))).toHaveLength(3);
  });

  it('names the document’s own growth rate beside the computed one where they differ', () => {
    renderWithBudget(<OverviewSection id="overview" />);
    expect(within(tileOf('机关运行经费')).getByText('较 2020 年 +2.51 万元（按文件数据计算 +29.36%；文件称 +22.69%）')).toBeInTheDocument();
    // 31.5 % stated, 31.50 % computed: they agree, nothing to mark.
    expect(within(tileOf('收支总预算')).getByText('较 2020 年 +26.17 万元（+31.50%）')).toBeInTheDocument();
  });

  it('says on every tile the filter does not change that it is not filtered', () => {
    const { unmount } = renderWithBudget(<OverviewSection id="overview" />);
    expect(screen.queryByText('不随筛选变化')).not.toBeInTheDocument();
    unmount();
    renderWithBudget(<OverviewSection id="overview" />, { search: '?cat=社会保障和就业支出' });
    expect(screen.getAllByText('不随筛选变化')).toHaveLength(7);
    expect(within(screen.getByText(/筛选类别：社会保障和就业支出/).closest('div')!).queryByText('不随筛选变化')).not.toBeInTheDocument();
  });

  it('sets the filter from the spending-structure legend', async () => {
    renderWithBudget(<OverviewSection id="overview" />);
    await userEvent.click(await screen.findByRole('button', { name: /卫生健康支出/ }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('cat')).toBe('卫生健康支出'));
  });

  it('shows amounts in 元 when the unit switch says so', () => {
    renderWithBudget(<OverviewSection id="overview" />, { search: '?unit=元' });
    expect(screen.getAllByText('1,092,500 元').length).toBeGreaterThan(0);
  });

  it('counts money in yuan in English unless the address names a unit: "CNY 1.09 million" in the headline', () => {
    renderWithBudget(<OverviewSection id="overview" />, { search: '?lang=en' });
    const total = screen.getByText('Total budget').closest('div') as HTMLElement;
    expect(total).toHaveTextContent('CNY 1.09 million');
    expect(total).toHaveTextContent('+261,700 yuan (+31.50%) vs 2020');
    expect(document.body.textContent).not.toContain('ten thousand yuan');
  });

  it('keeps the unit the address names in English', () => {
    renderWithBudget(<OverviewSection id="overview" />, { search: '?lang=en&unit=万元' });
    expect(screen.getAllByText('109.25 ten thousand yuan').length).toBeGreaterThan(0);
  });

  it('labels everything in English with ?lang=en', () => {
    renderWithBudget(<OverviewSection id="overview" />, { search: '?lang=en' });
    expect(screen.getByText('Total budget')).toBeInTheDocument();
    expect(screen.getByText(/\+261,700 yuan \(\+31\.50%\) vs 2020/)).toBeInTheDocument();
  });

  it('uses English brackets, colons and separators in English (no full-width （）：；)', () => {
    const { container } = renderWithBudget(<OverviewSection id="overview" />, { search: '?lang=en' });
    expect(container.textContent).toMatch(/\d \(\d+\.\d+%\)/);
    expect(container.textContent).not.toMatch(/[（）：；]/);
  });
});
