import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { preloadCharts } from '@/components/charts';
import { PresentMode } from '@/features/present';
import { renderWithBudget } from '../support/renderWithBudget';
import { seed } from '../support/seed';

const param = (key: string) => new URLSearchParams(window.location.search).get(key);
const headline = () => screen.getByTestId('headline-figure').textContent;
const takeaway = () => screen.getByTestId('takeaway').textContent;

// The deck is lazy-loaded in the app; load it once up front so the first test does not time out on the import.
beforeAll(async () => {
  await import('@/features/present/PresentMode');
  // The slides' charts are Recharts, in their own lazy chunk: have it compiled before the clock of waitFor starts.
  await preloadCharts();
});

describe('Deck', () => {
  it('walks the slides with the keys a clicker sends, each with its headline figure and takeaway', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=1' });
    expect(await screen.findByTestId('headline-figure')).toHaveTextContent('109.25 万元');
    expect(screen.getByRole('heading', { level: 2, name: '芦山县社会保险事务中心' })).toBeInTheDocument();
    expect(takeaway()).toBe('比 2020 年增加 26.17 万元（31.50%）');
    expect(screen.getByTestId('slide-counter')).toHaveTextContent('1 / 10');

    const slides: [key: string, id: string, headline: string, takeaway: string][] = [
      ['{ArrowRight}', 'overview', '+26.17 万元', '比 2020 年增加 26.17 万元（31.50%）；收入 100% 来自一般公共预算拨款收入'],
      ['{PageDown}', 'spending', '69.21 万元', '一般公共服务支出最多，69.21 万元，占 63.35%；共 5 个类别；教育支出未列金额'],
      [' ', 'basicProject', '109.25 万元', '基本支出 109.25 万元，占 100%；无项目支出'],
      ['{ArrowRight}', 'personnelPublic', '98.19 万元', '人员经费 98.19 万元，占基本支出 89.88%；公用经费 11.06 万元，占 10.12%'],
      ['{PageDown}', 'staffing', '9 / 12 人', '在职 9 人，编制 12 人；空编 3 人；另有退休人员 3 人、离休人员 3 人'],
      [' ', 'keyWork', '11 项', '11 项重点工作，6 项有时间节点；最早的节点在 2 月：2 月底前完成 207 名“中人”基础数据清理'],
      ['{ArrowRight}', 'cohorts:transition-pensions', '207 人', '4 月累计 160 人（77.29%）；6 月累计 207 人（100%）'],
      [
        '{PageDown}',
        'threePublic',
        '0.10 万元',
        '“三公”经费 0.10 万元，全部为公务接待费；机关运行经费 11.06 万元，比 2020 年增加 2.51 万元（按文件数据计算 29.36%，文件称 22.69%）',
      ],
      [' ', 'findings', '1 处', '核对 22 项：1 处错误，1 处舍入差异，1 项未列金额'],
    ];
    for (const [key, id, figure, line] of slides) {
      await userEvent.keyboard(key);
      await waitFor(() => expect(param('slide')).toBe(id));
      expect(headline()).toBe(figure);
      expect(takeaway()).toBe(line);
    }
    expect(screen.getByTestId('slide-counter')).toHaveTextContent('10 / 10');
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /机关运行经费.*22\.69%.*29\.36%.*错误/ })).toBeInTheDocument();

    await userEvent.keyboard('{PageUp}');
    await waitFor(() => expect(param('slide')).toBe('threePublic'));
    const threePublic = await screen.findByRole('img', { name: '“三公”经费（按类别）' });
    await waitFor(() => expect(threePublic).toHaveTextContent('未编入预算'));
    expect(threePublic).toHaveTextContent('因公出国（境）费');
    await userEvent.keyboard('{ArrowLeft}');
    // The slide draws the plan, and says so.
    const monthly = screen.getByRole('img', { name: '按月累计兑现（计划）' });
    await waitFor(() => expect(monthly).toHaveTextContent('207 人'));
    expect(monthly).toHaveTextContent('6 月');

    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(param('slide')).toBe('title'));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(param('slide')).toBe('findings'));

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(param('present')).toBeNull());
    expect(param('slide')).toBeNull();
    // Ten slides rendered and queried by role: give a loaded machine more than the default 5 s.
  }, 20_000);

  it('draws the key-work timeline with every task, saying which have no dates', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=1&slide=keyWork' });
    const lanes = await screen.findByRole('list', { name: '2021 年重点工作时间安排' });
    expect(within(lanes).getAllByRole('listitem')).toHaveLength(11);
    expect(within(lanes).getAllByText('未写明时间')).toHaveLength(5);
    expect(lanes).toHaveTextContent('预计 4 月兑现 2018-2019 年退休“中人”待遇');
  });

  it('opens on the slide the URL names and carries the dashboard filter', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=1&slide=spending&cat=社会保障和就业支出' });
    expect(await screen.findByTestId('headline-figure')).toHaveTextContent('23.49 万元');
    expect(takeaway()).toMatch(/^社会保障和就业支出 23\.49 万元，占总预算 21\.50%/);
    expect(screen.getByText('筛选：社会保障和就业支出')).toBeInTheDocument();
  });

  it('speaks English with ?lang=en, figures from the same data', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=1&slide=basicProject&lang=en' });
    expect(await screen.findByTestId('headline-figure')).toHaveTextContent('1,092,500 yuan');
    expect(takeaway()).toBe('Basic spending 1,092,500 yuan, 100%; Project spending: none');
  });

  it('turns with the toolbar buttons and the slide list', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=1' });
    await userEvent.click(await screen.findByRole('button', { name: '下一张' }));
    await waitFor(() => expect(param('slide')).toBe('overview'));
    await userEvent.selectOptions(screen.getByLabelText('幻灯片'), '10. 数据核对');
    expect(headline()).toBe('1 处');
    expect(screen.getByRole('button', { name: '下一张' })).toBeDisabled();
  });

  it('blanks the screen with B and comes back on the next key without moving on', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=1&slide=spending' });
    await screen.findByTestId('headline-figure');
    await userEvent.keyboard('b');
    expect(screen.getByText(/黑屏中/)).toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.queryByText(/黑屏中/)).not.toBeInTheDocument();
    await waitFor(() => expect(param('slide')).toBe('spending'));
  });
});

describe('Presenter view', () => {
  let channel: BroadcastChannel | undefined;
  afterEach(() => channel?.close());

  it('shows the current and next slide, the notes and a timer', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=presenter&slide=spending' });
    expect(await screen.findByRole('timer')).toHaveTextContent(/00:0\d/);
    expect(screen.getByRole('heading', { level: 2, name: '支出功能分类' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '基本支出与项目支出' })).toBeInTheDocument();
    expect(screen.getByText('一般公共服务支出：69.21 万元（63.35%）')).toBeInTheDocument();
    expect(screen.getByText('教育支出未说明')).toBeInTheDocument();
  });

  it('keeps the audience window in step over a BroadcastChannel, both ways', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=presenter&slide=spending' });
    await screen.findByRole('timer');
    channel = new BroadcastChannel(`budget-lens-deck:${seed.sourceId}`);
    const received: unknown[] = [];
    channel.onmessage = (event: MessageEvent) => received.push(event.data);

    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(received).toContainEqual({ type: 'slide', id: 'basicProject' }));

    await act(async () => channel!.postMessage({ type: 'slide', id: 'findings' }));
    await waitFor(() => expect(param('slide')).toBe('findings'));
    expect(screen.getAllByTestId('slide-counter')[0]).toHaveTextContent('10 / 10');
    expect(screen.getByText('已是最后一张')).toBeInTheDocument();
  });
});
