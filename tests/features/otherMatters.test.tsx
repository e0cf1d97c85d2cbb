import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadCharts } from '@/components/charts';
import { OtherMattersSection } from '@/features/other-matters';
import { renderWithBudget } from '../support/renderWithBudget';
import { tableViewRows } from '../support/tableView';

const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).closest('div')!;

// The charts are Recharts, in their own lazy chunk: have it compiled before the clock of findBy starts.
beforeAll(() => preloadCharts());

describe('Other matters', () => {
  it('lists the “三公” kinds: 公务接待费 0.10 万元 持平 with 2020, abroad not budgeted (not 0), total 0.1', () => {
    renderWithBudget(<OtherMattersSection id="other" />);
    const reception = fact('公务接待费');
    expect(within(reception).getByText('0.10 万元')).toBeInTheDocument();
    expect(within(reception).getByText('较 2020 年持平')).toBeInTheDocument();
    expect(within(fact('公务用车运行维护费')).getByText('较 2020 年持平')).toBeInTheDocument();
    const abroad = fact('因公出国（境）费');
    expect(within(abroad).getByText('未编入预算')).toBeInTheDocument();
    expect(within(abroad).getByText(/单位不涉及此项业务/)).toBeInTheDocument();
    expect(within(abroad).queryByText(/^0(\.00)? 万元$/)).not.toBeInTheDocument();
    expect(screen.getByText('各项合计 0.10 万元，与总数一致')).toBeInTheDocument();
  });

  it('says, with a category filter set, that this section is not split by category; without one it says nothing', () => {
    const { unmount } = renderWithBudget(<OtherMattersSection id="other" />, { search: '?cat=社会保障和就业支出' });
    expect(screen.getByRole('note')).toHaveTextContent('本节内容不按支出类别划分，筛选不影响此处。');
    unmount();
    renderWithBudget(<OtherMattersSection id="other" />);
    expect(screen.queryByText('本节内容不按支出类别划分，筛选不影响此处。')).not.toBeInTheDocument();
  });

  it('shows the same in the 三公 chart’s table view', async () => {
    renderWithBudget(<OtherMattersSection id="other" />);
    const frame = screen.getByRole('figure', { name: '“三公”经费（按类别）' });
    // The bars are Recharts, which arrives in its own chunk: the labels are SVG text once it has.
    expect(await within(frame).findByText('未编入预算')).toBeInTheDocument();
    expect(within(frame).getAllByText('0.00 万元')).toHaveLength(2);
    await userEvent.click(within(frame).getByRole('tab', { name: '表格' }));
    const row = within(frame).getByRole('rowheader', { name: '公务接待费' }).closest('tr')!;
    expect(within(row).getByText('0.10')).toBeInTheDocument();
    expect(within(row).getByText('持平')).toBeInTheDocument();
    const abroad = within(frame).getByRole('rowheader', { name: '因公出国（境）费' }).closest('tr')!;
    expect(within(abroad).getByText('未编入预算')).toBeInTheDocument();
  });

  it('shows 机关运行经费 +2.51 万元 with the stated 22.69% beside the computed 29.36%, pointing to the checks', () => {
    renderWithBudget(<OtherMattersSection id="other" />);
    expect(screen.getByText('较 2020 年 +2.51 万元（计算增长 +29.36%）')).toBeInTheDocument();
    expect(screen.getByText(/文件称增长 22\.69%，按数字计算为 29\.36%，两者不符/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '见“核对”' })).toHaveAttribute('href', expect.stringContaining('s=findings'));
  });

  it('draws 2020 and 2021 机关运行经费 in its table view', async () => {
    renderWithBudget(<OtherMattersSection id="other" />);
    expect(await tableViewRows('机关运行经费')).toEqual([
      ['2020 年', '8.55'],
      ['2021 年', '11.06'],
    ]);
  });

  it('says the funds are 无 this year, procurement 0 with its purpose, and no vehicles or units', () => {
    renderWithBudget(<OtherMattersSection id="other" />);
    expect(within(fact('政府性基金预算拨款')).getByText('无（本年无此项支出）')).toBeInTheDocument();
    expect(within(fact('国有资本经营预算拨款')).getByText('无（本年无此项支出）')).toBeInTheDocument();
    expect(within(fact('政府采购预算')).getByText('0.00 万元')).toBeInTheDocument();
    expect(within(fact('政府采购预算')).getByText(/用途：主要用于采购办公设备/)).toBeInTheDocument();
    expect(within(fact('公务用车')).getByText('0 辆')).toBeInTheDocument();
    expect(within(fact('公务用车')).getByText(/轿车 0/)).toBeInTheDocument();
    expect(within(fact('单位价值 200 万元以上大型设备')).getByText('0 台（套）')).toBeInTheDocument();
    expect(within(fact('下属二级预算单位')).getByText('0 个')).toBeInTheDocument();
  });

  it('says the category filter does not apply here when one is active', () => {
    const { unmount } = renderWithBudget(<OtherMattersSection id="other" />);
    expect(screen.queryByText(/筛选不影响此处/)).not.toBeInTheDocument();
    unmount();
    renderWithBudget(<OtherMattersSection id="other" />, { search: '?cat=卫生健康支出' });
    expect(screen.getByRole('note')).toHaveTextContent('本节内容不按支出类别划分，筛选不影响此处。');
  });

  it('shows the definition of “三公”经费 from the glossary on focus', async () => {
    renderWithBudget(<OtherMattersSection id="other" />);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    for (let i = 0; i < 10 && document.activeElement?.textContent !== '“三公”经费'; i += 1) await userEvent.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/因公出国（境）费、公务用车购置及运行费和公务接待费/);
    expect(screen.getByRole('button', { name: '“三公”经费' })).toHaveFocus();
  });

  it('labels everything in English with ?lang=en', () => {
    renderWithBudget(<OtherMattersSection id="other" />, { search: '?lang=en' });
    expect(within(fact('Official reception')).getByText('same as 2020')).toBeInTheDocument();
    expect(within(fact('Official travel abroad')).getByText('not budgeted')).toBeInTheDocument();
    expect(within(fact('Government fund appropriation')).getByText('none (no such spending this year)')).toBeInTheDocument();
  });
});
