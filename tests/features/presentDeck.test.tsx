import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PresentMode } from '@/features/present';
import { renderWithBudget } from '../support/renderWithBudget';
import { seed } from '../support/seed';

const param = (key: string) => new URLSearchParams(window.location.search).get(key);
const headline = () => screen.getByTestId('headline-figure').textContent;
const takeaway = () => screen.getByTestId('takeaway').textContent;

// The deck is lazy-loaded in the app; load it once up front so the first test does not time out on the import.
beforeAll(async () => {
  await import('@/features/present/PresentMode');
});

describe('Deck', () => {
  it('walks the slides with the keys a clicker sends, each with its headline figure', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=1' });
    expect(await screen.findByTestId('headline-figure')).toHaveTextContent('109.25 万元');
    expect(screen.getByRole('heading', { level: 2, name: '芦山县社会保险事务中心' })).toBeInTheDocument();
    expect(screen.getByTestId('slide-counter')).toHaveTextContent('1 / 6');

    await userEvent.keyboard('{ArrowRight}');
    expect(headline()).toBe('+26.17 万元');
    expect(takeaway()).toBe('比 2020 年增加 26.17 万元（31.5%）；收入 100% 来自一般公共预算拨款收入');
    expect(param('slide')).toBe('overview');

    await userEvent.keyboard('{PageDown}');
    expect(headline()).toBe('69.21 万元');
    expect(takeaway()).toBe('一般公共服务支出最多，69.21 万元，占 63.35%；共 5 个类别；教育支出未列金额');
    expect(screen.getByRole('list', { name: '支出功能分类构成' })).toHaveTextContent('教育支出未说明');

    await userEvent.keyboard(' ');
    expect(headline()).toBe('109.25 万元');
    expect(takeaway()).toBe('基本支出 109.25 万元，占 100%；无项目支出');

    await userEvent.keyboard('{ArrowRight}');
    expect(headline()).toBe('98.19 万元');
    expect(takeaway()).toBe('人员经费 98.19 万元，占基本支出 89.88%；公用经费 11.06 万元，占 10.12%');

    await userEvent.keyboard('{PageUp}');
    expect(param('slide')).toBe('basicProject');

    await userEvent.keyboard('{End}');
    expect(headline()).toBe('4 处');
    expect(screen.getByTestId('slide-counter')).toHaveTextContent('6 / 6');
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /机关运行经费.*22\.69%.*29\.36%.*不一致/ })).toBeInTheDocument();

    await userEvent.keyboard('{Home}');
    expect(param('slide')).toBe('title');

    await userEvent.keyboard('{Escape}');
    expect(param('present')).toBeNull();
    expect(param('slide')).toBeNull();
  });

  it('opens on the slide the URL names and carries the dashboard filter', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=1&slide=spending&cat=社会保障和就业支出' });
    expect(await screen.findByTestId('headline-figure')).toHaveTextContent('23.49 万元');
    expect(takeaway()).toMatch(/^社会保障和就业支出 23\.49 万元，占总预算 21\.5%/);
    expect(screen.getByText('筛选：社会保障和就业支出')).toBeInTheDocument();
  });

  it('speaks English with ?lang=en, figures from the same data', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=1&slide=basicProject&lang=en' });
    expect(await screen.findByTestId('headline-figure')).toHaveTextContent('109.25 10k yuan');
    expect(takeaway()).toBe('Basic spending 109.25 10k yuan, 100%; Project spending: none');
  });

  it('turns with the toolbar buttons and the slide list', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=1' });
    await userEvent.click(await screen.findByRole('button', { name: '下一张' }));
    expect(param('slide')).toBe('overview');
    await userEvent.selectOptions(screen.getByLabelText('幻灯片'), '6. 数据核对');
    expect(headline()).toBe('4 处');
    expect(screen.getByRole('button', { name: '下一张' })).toBeDisabled();
  });

  it('blanks the screen with B and comes back on the next key without moving on', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=1&slide=spending' });
    await screen.findByTestId('headline-figure');
    await userEvent.keyboard('b');
    expect(screen.getByText(/黑屏中/)).toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.queryByText(/黑屏中/)).not.toBeInTheDocument();
    expect(param('slide')).toBe('spending');
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
    expect(screen.getAllByTestId('slide-counter')[0]).toHaveTextContent('6 / 6');
    expect(screen.getByText('已是最后一张')).toBeInTheDocument();
  });
});
