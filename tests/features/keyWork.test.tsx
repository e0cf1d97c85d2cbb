import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TaskModel } from '@/domain/model';
import { KeyWorkSection } from '@/features/key-work';
import type { LoadedBudget } from '@/data/loadedBudget';
import { renderWithBudget } from '../support/renderWithBudget';
import { seed } from '../support/seed';

const withKeyWork = (keyWork: TaskModel[]): LoadedBudget => ({ ...seed, model: { ...seed.model, keyWork } });
const timelineFrame = () => screen.getByRole('figure', { name: /2021 年重点工作时间安排|Key work schedule, 2021/ });
const rowOf = (table: HTMLElement, header: string) => within(table).getByRole('rowheader', { name: header }).closest('tr')!;
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('Key work timeline', () => {
  it('lists the eleven key work items in the document’s order', () => {
    renderWithBudget(<KeyWorkSection id="key-work" />);
    const items = within(timelineFrame()).getAllByRole('button', { expanded: false });
    expect(items).toHaveLength(11);
    expect(items[0]).toHaveTextContent('政策宣传全覆盖');
    expect(items[6]).toHaveTextContent('“中人待遇”需稳妥');
    expect(items[10]).toHaveTextContent('遗留问题要重视');
    expect(within(timelineFrame()).getByText('11 项工作，10 个时间节点；横轴为 2021 年 1–12 月')).toBeInTheDocument();
    expect(within(timelineFrame()).getAllByText('无具体时间安排')).toHaveLength(5);
  });

  it('draws each dated step in the chart with its label beside its mark', async () => {
    renderWithBudget(<KeyWorkSection id="key-work" />);
    const text = { selector: 'text' };
    // The charts arrive a few rows at a time after the rows themselves.
    expect(await within(timelineFrame()).findByText('1-3 月摸排未参保数据', text)).toBeInTheDocument();
    expect(await within(timelineFrame()).findByText('每月评选服务之星', text)).toBeInTheDocument();
    expect(await within(timelineFrame()).findByText('2 月底前完成 207 名“中人”基础数据清理', text)).toBeInTheDocument();
    // A task without dates draws no chart, and says so.
    expect(within(timelineFrame()).queryByText('无具体时间安排', text)).not.toBeInTheDocument();
  });

  it('opens an item’s summary and schedule from the keyboard', async () => {
    const user = userEvent.setup();
    renderWithBudget(<KeyWorkSection id="key-work" />);
    const item = within(timelineFrame()).getByRole('button', { name: /全民参保全覆盖/ });
    expect(screen.queryByText(/联合居保中心推进全民参保扩面/)).not.toBeInTheDocument();
    item.focus();
    await user.keyboard('{Enter}');
    expect(item).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(item.getAttribute('aria-controls')!)!;
    expect(within(details).getByText(/联合居保中心推进全民参保扩面/)).toBeVisible();
    expect(within(details).getByText('· 2021 年 1 月至 2021 年 3 月')).toBeInTheDocument();
    expect(within(details).getByText('· 2021 年 3 月至 2021 年 6 月')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(item).toHaveAttribute('aria-expanded', 'false');
    expect(details).not.toBeVisible();
  });

  it('tabulates every dated step with its start, end, kind and progress', async () => {
    renderWithBudget(<KeyWorkSection id="key-work" />, { search: '?asof=2021-05-10' });
    await userEvent.click(within(timelineFrame()).getByRole('tab', { name: '表格' }));
    const table = within(timelineFrame()).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 15);
    expect(cells(within(table).getByText('1-3 月摸排未参保数据').closest('tr')!)).toEqual([
      '1-3 月摸排未参保数据',
      '2021 年 1 月',
      '2021 年 3 月',
      '时间段',
      // Nothing reported: the plan, not a delay.
      '未填报',
      '',
    ]);
    expect(cells(within(table).getByText('每月评选服务之星').closest('tr')!)).toEqual([
      '每月评选服务之星',
      '2021 年 1 月',
      '2021 年 12 月',
      '每月（12 次）',
      '未填报',
      '',
    ]);
    expect(cells(within(table).getByText('每个季度深入定点医疗机构监管').closest('tr')!)).toEqual([
      '每个季度深入定点医疗机构监管',
      '2021 年第 1 季度',
      '2021 年第 4 季度',
      '每季度（4 次）',
      '未填报',
      '',
    ]);
    expect(
      cells(
        within(table)
          .getByText(/上半年完善/)
          .closest('tr')!,
      ),
    ).toEqual([expect.stringMatching(/^上半年完善/), '未说明', '2021 年上半年', '时间节点', '未填报', '']);
    expect(cells(rowOf(table, '降费减税促发展'))).toEqual(['无具体时间安排', '', '', '无具体时间', '', '']);
  });

  it('uses the English titles, labels and months with ?lang=en', async () => {
    renderWithBudget(<KeyWorkSection id="key-work" />, { search: '?lang=en' });
    expect(within(timelineFrame()).getByRole('button', { name: /Insurance coverage for all/ })).toBeInTheDocument();
    expect(within(timelineFrame()).getAllByText('No dated steps', { selector: 'li p' })).toHaveLength(5);
    await userEvent.click(within(timelineFrame()).getByRole('tab', { name: 'Table' }));
    expect(cells(within(timelineFrame()).getByText('Survey the uninsured (Jan–Mar)').closest('tr')!)).toEqual([
      'Survey the uninsured (Jan–Mar)',
      'Jan 2021',
      'Mar 2021',
      'Period',
      // The year is over, but nobody reported on this step: it is not called late.
      'Not reported',
      '',
    ]);
  });

  it('notes that the category filter does not apply, only while a filter is set', () => {
    const { unmount } = renderWithBudget(<KeyWorkSection id="key-work" />);
    expect(screen.queryByText('本节内容不按支出类别划分，筛选不影响此处。')).not.toBeInTheDocument();
    unmount();
    renderWithBudget(<KeyWorkSection id="key-work" />, { search: '?cat=社会保障和就业支出' });
    expect(screen.getByRole('note')).toHaveTextContent('本节内容不按支出类别划分，筛选不影响此处。');
    expect(within(timelineFrame()).getAllByRole('button', { expanded: false })).toHaveLength(11);
  });

  it('draws a large budget (200 tasks, 1,000 steps) 20 rows at a time', async () => {
    const tasks: TaskModel[] = Array.from({ length: 200 }, (_, t) => ({
      id: `t${t}`,
      title: `重点工作第 ${t + 1} 项`,
      summary: '说明',
      figures: [],
      milestones: Array.from({ length: 5 }, (_, i) => ({
        id: `t${t}-${i}`,
        label: `步骤 ${i + 1}`,
        end: `2021-${String(i + 3).padStart(2, '0')}`,
        ...(i === 0 ? { start: '2021-01' } : {}),
      })),
    }));
    renderWithBudget(<KeyWorkSection id="key-work" />, { budget: withKeyWork(tasks) });
    // Text queries: role queries over a 20-row chart are slow in jsdom, and the titles are the buttons' only text.
    expect(screen.getAllByText(/^重点工作第 \d+ 项$/)).toHaveLength(20);
    expect(screen.getByText('第 1–20 项，共 200 项')).toBeInTheDocument();
    await userEvent.click(screen.getByText('下一页'));
    expect(screen.getByText('第 21–40 项，共 200 项')).toBeInTheDocument();
    expect(screen.getByText('重点工作第 21 项').closest('button')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('重点工作第 1 项')).not.toBeInTheDocument();
    expect(screen.getAllByText(/^重点工作第 \d+ 项$/)).toHaveLength(20);
  }, 30_000);

  it('says so when the file lists no key work', () => {
    renderWithBudget(<KeyWorkSection id="key-work" />, { budget: withKeyWork([]) });
    expect(screen.getByText('预算文件未列出重点工作。')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });
});
