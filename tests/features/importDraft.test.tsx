/**
 * A draft (the importer's result for a text that lacks the unit's name, year or
 * total) in the review: those fields asked for, labelled, with why; nothing opens
 * until they are filled; then the dataset opens with them.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ReviewView, type Imported } from '@/features/import/ReviewView';
import { createI18n } from '@/i18n/i18n';
import { I18nProvider } from '@/i18n/react';
import { importExplanation } from '@/importer';
import { UrlStateProvider } from '@/state/urlState';

const { budget, report } = importExplanation(readFileSync('tests/fixtures/explanations/lushan-shebao-2021.md', 'utf8'));

/** The seed as a draft lacking all three: what the importer returns for an untitled, total-less text. */
function draft(): Imported {
  const value = structuredClone(budget!) as unknown as Record<string, unknown> & { department: Record<string, unknown> };
  delete value.department.name;
  delete value.fiscalYear;
  delete value.total;
  return { value, toFill: ['department.name', 'fiscalYear', 'total'] };
}

function renderReview(imported: Imported, language: 'zh-CN' | 'en' = 'zh-CN') {
  const onOpened = vi.fn();
  render(
    <UrlStateProvider>
      <QueryClientProvider client={new QueryClient()}>
        <I18nProvider i18n={createI18n(language)}>
          <dialog open aria-label="import">
            <ReviewView imported={imported} report={report} sourceName={undefined} onBack={() => {}} onOpened={onOpened} />
          </dialog>
        </I18nProvider>
      </QueryClientProvider>
    </UrlStateProvider>,
  );
  return onOpened;
}

describe('a draft in the review', { timeout: 30_000 }, () => {
  it('asks for the name, year and total with why, and opens nothing until they are filled', async () => {
    const onOpened = renderReview(draft());
    const asked = screen.getByRole('group', { name: '请补填说明中没有写明的信息' });
    expect(asked).toHaveAccessibleDescription(/程序在这份说明中没有找到下列信息/);
    const name = within(asked).getByRole('textbox', { name: '单位名称' });
    const year = within(asked).getByRole('spinbutton', { name: '预算年度' });
    const total = within(asked).getByRole('spinbutton', { name: '收支总预算（万元）' });
    expect(name).toHaveAccessibleDescription('必填。');

    await userEvent.click(screen.getByRole('button', { name: '打开仪表板' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请先改正标出的');
    expect(name).toHaveFocus();
    expect(onOpened).not.toHaveBeenCalled();

    await userEvent.type(name, '某县社会保险事务中心');
    await userEvent.type(year, '2021.5');
    expect(year).toHaveAccessibleDescription('请输入年份，如 2021。');
    await userEvent.clear(year);
    await userEvent.type(year, '2022');
    await userEvent.type(total, '109.25');
    expect(screen.getByText('某县社会保险事务中心 · 2022 年 · 单位：万元')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '打开仪表板' }));
    await vi.waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
    const { entry } = onOpened.mock.calls[0]![0] as { entry: { name: string } };
    expect(entry.name).toBe('某县社会保险事务中心 2022');
  });

  it('asks in English', () => {
    renderReview(draft(), 'en');
    const asked = screen.getByRole('group', { name: 'Fill in what the explanation does not state' });
    expect(within(asked).getByRole('textbox', { name: 'Unit name' })).toBeRequired();
    expect(within(asked).getByRole('spinbutton', { name: 'Total budget (万元)' })).toBeInTheDocument();
  });

  it('shows no fields to fill for a complete budget', () => {
    renderReview({ value: budget as unknown as Record<string, unknown>, toFill: [] });
    expect(screen.queryByRole('group', { name: '请补填说明中没有写明的信息' })).not.toBeInTheDocument();
  });
});
