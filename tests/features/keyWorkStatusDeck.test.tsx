/** The deck's key-work slide shows what the dashboard records: overdue steps outlined and said in words. */
import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { milestonesFor } from '@/data/milestoneStore';
import { PresentMode } from '@/features/present';
import { renderWithBudget } from '../support/renderWithBudget';
import { seed } from '../support/seed';

beforeAll(async () => {
  await import('@/features/present/PresentMode');
});

describe('Deck key-work slide with progress', { timeout: 20_000 }, () => {
  let client: QueryClient;
  beforeEach(() => {
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  });

  it('says which steps are overdue as of the dashboard’s as-of day, and leaves done ones alone', async () => {
    await milestonesFor(client).set(seed.sourceId, 'zhongren-data', { status: 'done', date: '2021-02-26' });
    await milestonesFor(client).set(seed.sourceId, 'zhongren-pay-2018-2019', { status: 'in-progress' });
    renderWithBudget(<PresentMode />, { client, search: '?present=1&slide=keyWork&asof=2021-05-10' });
    const lanes = await screen.findByRole('list', { name: '2021 年重点工作时间安排' }, { timeout: 5000 });
    const row = within(lanes).getByText('“中人待遇”需稳妥').closest('li')!;
    expect(row).toHaveTextContent('⚠ 逾期 · 预计 4 月兑现 2018-2019 年退休“中人”待遇');
    expect(row).not.toHaveTextContent('⚠ 逾期 · 2 月底前完成 207 名');
    // Steps nobody reported on are the plan, not late.
    expect(within(lanes).getAllByText(/⚠ 逾期 · /)).toHaveLength(1);
    expect(screen.getByText('逾期 1 个')).toBeInTheDocument();
  });

  it('shows the plan with no overdue mark when nothing is reported', async () => {
    renderWithBudget(<PresentMode />, { search: '?present=1&slide=keyWork' });
    const lanes = await screen.findByRole('list', { name: '2021 年重点工作时间安排' }, { timeout: 5000 });
    expect(within(lanes).queryByText(/⚠ 逾期/)).not.toBeInTheDocument();
    expect(screen.queryByText(/逾期 \d+ 个/)).not.toBeInTheDocument();
  });
});
