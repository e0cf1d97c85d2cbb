import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MAX_MILESTONES_PER_ITEM } from '@/data/limits';
import { parseBudgetValue } from '@/data/parseBudget';
import { KeyWorkSection } from '@/features/key-work';
import type { LoadedBudget } from '@/data/loadedBudget';
import { manyMilestones } from '../../scripts/hostile/inputs';
import { renderWithBudget } from '../support/renderWithBudget';

function manySteps(): LoadedBudget {
  const parsed = parseBudgetValue(manyMilestones(MAX_MILESTONES_PER_ITEM));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues[0]));
  return { file: parsed.budget, model: parsed.model, sourceId: 'many-steps' };
}

describe('a key-work item with the most steps a file may hold (500)', () => {
  it('reads out 50 steps while closed, opens with 50 steps and shows the rest 50 at a time', async () => {
    const user = userEvent.setup();
    renderWithBudget(<KeyWorkSection id="key-work" />, { budget: manySteps() });
    const item = screen.getByRole('button', { name: /步骤很多的工作/ });
    const row = item.closest('li')!;
    expect(within(row).getByText('另有 450 个时间节点，见说明或表格')).toBeInTheDocument();

    await user.click(item);
    const details = document.getElementById(item.getAttribute('aria-controls')!)!;
    expect(within(details).getAllByRole('group')).toHaveLength(50);
    await user.click(within(details).getByRole('button', { name: '再显示 50 个时间节点（已显示 50 个，共 500 个）' }));
    expect(within(details).getAllByRole('group')).toHaveLength(100);
    expect(within(details).getByRole('group', { name: /^步骤99\s*·/ })).toBeInTheDocument();
  }, 20_000);
});
