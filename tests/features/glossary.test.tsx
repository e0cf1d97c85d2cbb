import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GlossaryTerm } from '@/components/GlossaryTerm';
import { parseBudgetText } from '@/data/parseBudget';
import { GlossarySection } from '@/features/glossary';
import type { LoadedBudget } from '@/data/loadedBudget';
import { renderWithBudget } from '../support/renderWithBudget';
import { seed, SEED_PATH } from '../support/seed';

const terms = () => within(screen.getByRole('region', { name: '名词解释' })).queryAllByRole('term');

describe('Glossary', () => {
  it('lists the 8 terms of 名词解释, each with its definition', () => {
    renderWithBudget(<GlossarySection id="glossary" />);
    expect(terms()).toHaveLength(8);
    const basic = terms().find((t) => t.textContent?.startsWith('基本支出'))!;
    expect(basic.nextElementSibling).toHaveTextContent('指为保证机构正常运转，完成日常工作任务而发生的人员支出和公用支出。');
    expect(screen.getByText('共 8 条，显示 8 条')).toBeInTheDocument();
  });

  it('leaves one term when searching 三公', async () => {
    renderWithBudget(<GlossarySection id="glossary" />);
    await userEvent.type(screen.getByRole('searchbox', { name: '搜索名词' }), '三公');
    expect(terms()).toHaveLength(1);
    expect(terms()[0]).toHaveTextContent('“三公”经费');
    expect(screen.getByText('共 8 条，显示 1 条')).toBeInTheDocument();
  });

  it('searches English names too, and Escape clears the search', async () => {
    renderWithBudget(<GlossarySection id="glossary" />, { search: '?lang=en' });
    const box = screen.getByRole('searchbox', { name: 'Search terms' });
    await userEvent.type(box, 'project spending');
    expect(within(screen.getByRole('region', { name: 'Glossary' })).getAllByRole('term')).toHaveLength(1);
    expect(screen.getByRole('term')).toHaveTextContent('Project spending');
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(screen.getAllByRole('term')).toHaveLength(8);
  });

  it('says so when nothing matches, with a way back', async () => {
    renderWithBudget(<GlossarySection id="glossary" />);
    await userEvent.type(screen.getByRole('searchbox', { name: '搜索名词' }), '不存在');
    expect(screen.getByText('没有与“不存在”匹配的名词。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '清除搜索' }));
    expect(terms()).toHaveLength(8);
  });

  it('shows an empty state when the document has no glossary', () => {
    const file = JSON.parse(readFileSync(SEED_PATH, 'utf8')) as Record<string, unknown>;
    delete file.glossary;
    const result = parseBudgetText(JSON.stringify(file));
    if (!result.ok) throw new Error('variant did not parse');
    const budget: LoadedBudget = { file: result.budget, model: result.model, sourceId: 'no-glossary' };
    renderWithBudget(<GlossarySection id="glossary" />, { budget });
    expect(screen.getByText('本文件没有名词解释。')).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });
});

describe('GlossaryTerm', () => {
  const glossary = seed.model.glossary;
  it('shows its definition on keyboard focus and hides it on Escape', async () => {
    renderWithBudget(<GlossaryTerm term="项目支出" glossary={glossary} language="zh-CN" />);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await userEvent.tab();
    // Floating UI arrives on first focus; the term keeps the focus when it does.
    expect(await screen.findByRole('tooltip')).toHaveTextContent('指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。');
    const button = screen.getByRole('button', { name: '项目支出' });
    expect(button).toHaveFocus();
    expect(button).toHaveAccessibleDescription(/特定行政任务/);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('stays open while the pointer moves onto the definition, and Escape closes it from anywhere', async () => {
    renderWithBudget(<GlossaryTerm term="基本支出" glossary={glossary} language="zh-CN" />);
    await userEvent.hover(screen.getByRole('button', { name: '基本支出' }));
    const tooltip = await screen.findByRole('tooltip');
    await userEvent.hover(tooltip);
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('renders a term without a definition as plain text', () => {
    renderWithBudget(<GlossaryTerm term="机关运行经费" glossary={glossary} language="zh-CN" />);
    expect(screen.getByText('机关运行经费')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
