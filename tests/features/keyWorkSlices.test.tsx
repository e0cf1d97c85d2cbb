/**
 * The timeline's row charts arrive a few rows at a time (src/features/key-work/useSlices.ts): a jump
 * to 重点工作 shows every task's name at once and never stops the page for the whole set of Recharts
 * charts, which used to be mounted in one commit.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyWorkSection } from '@/features/key-work';
import { renderWithBudget } from '../support/renderWithBudget';

const CHARTS = '[data-chart-id^="key-work-"] svg.recharts-surface';
const timeline = () => screen.getByRole('figure', { name: '2021 年重点工作时间安排' });

describe('the key-work timeline drawn in slices', () => {
  it('lists all eleven tasks at once, then draws their six charts one at a time, every step of 中人 on its chart', async () => {
    const counts: number[] = [];
    const observer = new MutationObserver(() => {
      const count = document.querySelectorAll(CHARTS).length;
      if (count !== counts.at(-1)) counts.push(count);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    renderWithBudget(<KeyWorkSection id="key-work" />);

    expect(within(timeline()).getAllByRole('button', { expanded: false })).toHaveLength(11);
    await waitFor(() => expect(document.querySelectorAll(CHARTS)).toHaveLength(6));
    observer.disconnect();
    const added = counts.map((count, i) => count - (counts[i - 1] ?? 0));
    expect(Math.max(...added), `charts added per commit: ${added.join(', ')}`).toBeLessThanOrEqual(1);

    const row = within(timeline()).getByRole('button', { name: /“中人待遇”需稳妥/ }).closest('li')!;
    for (const label of ['2 月底前完成 207 名“中人”基础数据清理', '预计 4 月兑现 2018-2019 年退休“中人”待遇', '预计 6 月兑现 2020 年退休“中人”待遇']) {
      expect(within(row).getByText(label, { selector: 'text' })).toBeInTheDocument();
    }
  });

  it('keeps every drawn chart when the as-of day moves: only a new page starts over', async () => {
    renderWithBudget(<KeyWorkSection id="key-work" />, { search: '?asof=2021-05-10' });
    await waitFor(() => expect(document.querySelectorAll(CHARTS)).toHaveLength(6));
    const counts: number[] = [];
    const observer = new MutationObserver(() => counts.push(document.querySelectorAll(CHARTS).length));
    observer.observe(document.body, { childList: true, subtree: true });
    fireEvent.change(within(timeline()).getByLabelText('截至日期'), { target: { value: '2021-07-01' } });
    await waitFor(() => expect(within(timeline()).getByLabelText('截至日期')).toHaveValue('2021-07-01'));
    observer.disconnect();
    expect(Math.min(6, ...counts)).toBe(6);
  });
});
