import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { milestonesFor } from '@/data/milestoneStore';
import type { TaskModel } from '@/domain/model';
import { KeyWorkSection } from '@/features/key-work';
import { renderWithBudget } from '../support/renderWithBudget';
import { seed } from '../support/seed';

const PANEL = /“中人待遇”需稳妥：分批兑现进度/;
const tableOf = async (frameName: string) => {
  const frame = screen.getByRole('figure', { name: frameName });
  await userEvent.click(within(frame).getByRole('tab', { name: '表格' }));
  return within(frame).getByRole('table');
};
const rowValues = (table: HTMLElement, header: string) => [
  header,
  ...within(within(table).getByRole('rowheader', { name: header }).closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent),
];

describe('The 中人 pay-out panel', () => {
  let client: QueryClient;
  beforeEach(() => {
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  });

  it('is closed at first and opens by keyboard', async () => {
    const user = userEvent.setup();
    renderWithBudget(<KeyWorkSection id="key-work" />);
    const toggle = screen.getByRole('button', { name: PANEL });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveTextContent('合计 207 人');
    expect(screen.queryByRole('figure', { name: '按月累计兑现（计划）' })).not.toBeInTheDocument();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('figure', { name: '按月累计兑现（计划）' })).toBeInTheDocument();
  });

  it('shows the three dated steps and that 100 + 60 + 47 = 207', async () => {
    renderWithBudget(<KeyWorkSection id="key-work" />);
    await userEvent.click(screen.getByRole('button', { name: PANEL }));
    const steps = screen.getByRole('heading', { name: '分步安排' }).nextElementSibling as HTMLElement;
    const items = within(steps).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '截至 2021 年 2 月 · 2 月底前完成 207 名“中人”基础数据清理',
      '截至 2021 年 4 月 · 预计 4 月兑现 2018-2019 年退休“中人”待遇 · 涉及：2018 年退休、2019 年退休（160 人）',
      '截至 2021 年 6 月 · 预计 6 月兑现 2020 年退休“中人”待遇 · 涉及：2020 年退休（47 人）',
    ]);
    expect(screen.getByText(/100 \+ 60 \+ 47 = 207 人，与文件所述合计一致/)).toBeInTheDocument();
  });

  it('tabulates the people by retirement year: 100, 60, 47', async () => {
    renderWithBudget(<KeyWorkSection id="key-work" />);
    await userEvent.click(screen.getByRole('button', { name: PANEL }));
    const table = await tableOf('按分组的人数');
    expect(rowValues(table, '2018 年退休')).toEqual(['2018 年退休', '100', '4 月', '预计 4 月兑现 2018-2019 年退休“中人”待遇']);
    expect(rowValues(table, '2019 年退休')).toEqual(['2019 年退休', '60', '4 月', '预计 4 月兑现 2018-2019 年退休“中人”待遇']);
    expect(rowValues(table, '2020 年退休')).toEqual(['2020 年退休', '47', '6 月', '预计 6 月兑现 2020 年退休“中人”待遇']);
  });

  it('tabulates people paid by month: none until March, 160 from April, 207 from June', async () => {
    renderWithBudget(<KeyWorkSection id="key-work" />);
    await userEvent.click(screen.getByRole('button', { name: PANEL }));
    const table = await tableOf('按月累计兑现（计划）');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 12);
    expect(rowValues(table, '3 月')).toEqual(['3 月', '0', '0', '0%']);
    expect(rowValues(table, '4 月')).toEqual(['4 月', '160', '160', '77.29%']);
    expect(rowValues(table, '5 月')).toEqual(['5 月', '0', '160', '77.29%']);
    expect(rowValues(table, '6 月')).toEqual(['6 月', '47', '207', '100%']);
    expect(rowValues(table, '12 月')).toEqual(['12 月', '0', '207', '100%']);
  });

  it('draws the reported payments beside the plan once a pay-out step is marked done', async () => {
    await milestonesFor(client).set(seed.sourceId, 'zhongren-pay-2018-2019', { status: 'done', date: '2021-05-20' });
    renderWithBudget(<KeyWorkSection id="key-work" />, { client });
    await userEvent.click(screen.getByRole('button', { name: PANEL }));
    // Statuses are read from storage after the first render: the recorded payments join the plan when they arrive.
    const frame = await screen.findByRole('figure', { name: '按月累计兑现（计划与已填报）' });
    expect(screen.queryByRole('figure', { name: '按月累计兑现（计划）' })).not.toBeInTheDocument();
    expect(within(frame).getByRole('img', { name: /4 月 160 人（已填报兑现 0 人），5 月 160 人（已填报兑现 160 人）/ })).toBeInTheDocument();
    const table = await tableOf('按月累计兑现（计划与已填报）');
    // Paid in May, a month late; the 2020 group is not reported yet.
    expect(rowValues(table, '4 月')).toEqual(['4 月', '160', '160', '77.29%', '0']);
    expect(rowValues(table, '5 月')).toEqual(['5 月', '0', '160', '77.29%', '160']);
    expect(rowValues(table, '6 月')).toEqual(['6 月', '47', '207', '100%', '160']);
  });

  it('says when the scheduled groups do not add up to the stated total', async () => {
    const keyWork: TaskModel[] = seed.model.keyWork.map((task) =>
      task.id === 'transition-pensions' ? { ...task, figures: task.figures.map((f) => (f.key === 'total' ? { ...f, value: 210 } : f)) } : task,
    );
    renderWithBudget(<KeyWorkSection id="key-work" />, { budget: { ...seed, model: { ...seed.model, keyWork } } });
    await userEvent.click(screen.getByRole('button', { name: PANEL }));
    expect(screen.getByText(/已安排兑现的分组合计 207 人，与文件所述合计 210 人不符/)).toBeInTheDocument();
    expect(screen.queryByText(/与文件所述合计一致/)).not.toBeInTheDocument();
  });

  it('reads in English with ?lang=en', async () => {
    renderWithBudget(<KeyWorkSection id="key-work" />, { search: '?lang=en' });
    await userEvent.click(screen.getByRole('button', { name: /paid in batches/ }));
    expect(screen.getByText(/100 \+ 60 \+ 47 = 207 people/)).toBeInTheDocument();
    const frame = screen.getByRole('figure', { name: 'Planned pay-out, cumulative by month' });
    await userEvent.click(within(frame).getByRole('tab', { name: 'Table' }));
    expect(rowValues(within(frame).getByRole('table'), 'Apr')).toEqual(['Apr', '160', '160', '77.29%']);
  });
});
