import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseBudgetText } from '@/data/parseBudget';
import { SpendingSection } from '@/features/spending';
import type { LoadedBudget } from '@/data/loadedBudget';
import { renderWithBudget } from '../support/renderWithBudget';
import { SEED_PATH } from '../support/seed';

/** The seed with its stated project spending removed, as a document that does not state it. */
function withoutProject(): LoadedBudget {
  const file = JSON.parse(readFileSync(SEED_PATH, 'utf8'));
  delete file.spending.project;
  const result = parseBudgetText(JSON.stringify(file));
  if (!result.ok) throw new Error('fixture does not parse');
  return { file: result.budget, model: result.model, sourceId: 'no-project' };
}

const legendText = (title: string) => screen.getByRole('figure', { name: title }).querySelector('ul')?.textContent ?? '';

describe('Basic vs project, personnel vs public', { timeout: 20_000 }, () => {
  it('shows 基本支出 109.25 and 项目支出 stated as 0 as 0.00, with their shares', () => {
    renderWithBudget(<SpendingSection id="spending" />);
    const legend = legendText('基本支出与项目支出');
    expect(legend).toContain('基本支出109.25 万元（100%）');
    expect(legend).toContain('项目支出0.00 万元（0%）');
  });

  it('splits basic spending into 人员经费 98.19 and 公用经费 11.06, in its table view too', async () => {
    renderWithBudget(<SpendingSection id="spending" />);
    const figure = screen.getByRole('figure', { name: '人员经费与公用经费' });
    expect(legendText('人员经费与公用经费')).toContain('人员经费98.19 万元（89.88%）');
    await userEvent.click(within(figure).getByRole('tab', { name: '表格' }));
    expect(within(figure).getByRole('columnheader', { name: '金额（万元）' })).toBeInTheDocument();
    expect(within(figure).getByRole('row', { name: /公用经费/ })).toHaveTextContent('公用经费11.0610.12%');
  });

  it('shows 项目支出 as 未说明 when the document does not state it', () => {
    renderWithBudget(<SpendingSection id="spending" />, { budget: withoutProject() });
    expect(legendText('基本支出与项目支出')).toContain('项目支出未说明');
  });

  it('explains 基本支出 with the document’s own definition on focus', async () => {
    renderWithBudget(<SpendingSection id="spending" />);
    const figure = screen.getByRole('figure', { name: '基本支出与项目支出' });
    await userEvent.click(within(figure).getByRole('button', { name: '基本支出' }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('指为保证机构正常运转，完成日常工作任务而发生的人员支出和公用支出。');
  });

  it('says the split does not follow the category filter when one is set', () => {
    renderWithBudget(<SpendingSection id="spending" />, { search: '?cat=卫生健康支出' });
    expect(screen.getAllByText('此构成不按支出功能分类划分，筛选不影响此处。')).toHaveLength(2);
  });
});

describe('Spending in English', { timeout: 20_000 }, () => {
  it('labels the section, names and missing figures in English', () => {
    renderWithBudget(<SpendingSection id="spending" />, { search: '?lang=en' });
    const figure = screen.getByRole('figure', { name: 'Spending by function' });
    // Amounts in yuan by default in English; the screen-reader hint in English brackets, not "（…）".
    expect(within(figure).getByRole('button', { name: /^Social security and employment234,900 \(21\.50%\) ?\(show its sections and items\)$/ })).toBeInTheDocument();
    expect(within(figure).getByRole('button', { name: /Education/ })).toHaveTextContent('not stated');
    expect(legendText('Basic and project spending')).toContain('Project spending0 yuan (0%)');
    expect(screen.getByRole('region', { name: 'Spending items in detail' })).toHaveTextContent(
      '7 items; Education is also listed, with no amount, and not counted as an item',
    );
  });
});
