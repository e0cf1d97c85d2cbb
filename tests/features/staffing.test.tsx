import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseBudgetText } from '@/data/parseBudget';
import { StaffingSection } from '@/features/staffing';
import type { LoadedBudget } from '@/data/loadedBudget';
import { renderWithBudget } from '../support/renderWithBudget';
import { tableViewRows } from '../support/tableView';
import { SEED_PATH } from '../support/seed';

/** The seed file with its staffing changed, parsed like any other file. */
function seedWith(change: (file: Record<string, unknown>) => void): LoadedBudget {
  const file = JSON.parse(readFileSync(SEED_PATH, 'utf8')) as Record<string, unknown>;
  change(file);
  const result = parseBudgetText(JSON.stringify(file));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { file: result.budget, model: result.model, sourceId: 'variant' };
}

const tile = (label: string | RegExp) => screen.getByText(label, { selector: 'dt' }).closest('div')!;

describe('Staffing', () => {
  it('shows 12 posts with 3 vacant, 9 in service, 3 off-duty retired and 3 retired', () => {
    renderWithBudget(<StaffingSection id="staffing" />);
    expect(within(tile('编制数')).getByText('12 人')).toBeInTheDocument();
    expect(within(tile('编制数')).getByText('空编 3 人')).toBeInTheDocument();
    expect(within(tile('在职人员')).getByText('9 人')).toBeInTheDocument();
    expect(within(tile('离休人员')).getByText('3 人')).toBeInTheDocument();
    expect(within(tile('退休人员')).getByText('3 人')).toBeInTheDocument();
  });

  it('shows the budget and the personnel cost per person in service, rounded for display', () => {
    renderWithBudget(<StaffingSection id="staffing" />);
    expect(within(tile('人均预算（在职）')).getByText('12.14 万元')).toBeInTheDocument();
    expect(within(tile('人均预算（在职）')).getByText('收支总预算 109.25 万元 ÷ 在职 9 人')).toBeInTheDocument();
    expect(within(tile('人均人员经费（在职）')).getByText('10.91 万元')).toBeInTheDocument();
  });

  it('adds the filtered category per person in service when a filter is active and it means something', () => {
    renderWithBudget(<StaffingSection id="staffing" />, { search: '?cat=卫生健康支出' });
    const filtered = tile(/筛选类别人均：卫生健康支出/);
    expect(within(filtered).getByText('0.65 万元')).toBeInTheDocument();
    expect(within(filtered).getByText('5.85 万元 ÷ 在职 9 人')).toBeInTheDocument();
    // The headcounts and whole-budget figures say the filter leaves them alone.
    expect(screen.getAllByText('不随筛选变化')).toHaveLength(6);
  });

  it('gives no per-person figure for 社会保障和就业, mostly retirees’ money, and says why', () => {
    renderWithBudget(<StaffingSection id="staffing" />, { search: '?cat=社会保障和就业支出' });
    expect(screen.queryByText(/筛选类别人均/)).not.toBeInTheDocument();
    expect(screen.queryByText('2.61 万元')).not.toBeInTheDocument();
    expect(screen.getByText('“社会保障和就业支出”主要是离退休人员经费和社会保险缴费，按在职人员平均没有意义，故不计算人均。')).toBeInTheDocument();
  });

  it('lists the posts by kind: 参公事业 12 authorized, 9 in service', () => {
    renderWithBudget(<StaffingSection id="staffing" />);
    const row = screen.getByRole('rowheader', { name: '参公事业' }).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['12', '9']);
  });

  it('shows the chart figures in its table view', async () => {
    renderWithBudget(<StaffingSection id="staffing" />);
    expect(await tableViewRows('编制与人员')).toEqual([
      ['编制数', '12'],
      ['在职人员', '9'],
      ['空编', '3'],
      ['退休人员', '3'],
      ['离休人员', '3'],
    ]);
  });

  it('folds the counts the file leaves out into one 未说明 line, and does not divide without people in service', () => {
    const budget = seedWith((file) => {
      file.staffing = { authorized: { total: 12 }, retired: 3 };
    });
    renderWithBudget(<StaffingSection id="staffing" />, { budget });
    expect(screen.getByText('未说明：在职人员；离休人员')).toBeInTheDocument();
    expect(screen.queryByText('在职人员', { selector: 'dt' })).not.toBeInTheDocument();
    expect(screen.queryByText('人均预算（在职）', { selector: 'dt' })).not.toBeInTheDocument();
    expect(screen.getByText('在职人数未说明或为 0，无法计算')).toBeInTheDocument();
    expect(screen.queryByText('未说明', { selector: 'dd' })).not.toBeInTheDocument();
    expect(within(tile('编制数')).queryByText(/空编/)).not.toBeInTheDocument();
  });

  it('says staffing is not stated when the file has none', () => {
    const budget = seedWith((file) => {
      delete file.staffing;
    });
    renderWithBudget(<StaffingSection id="staffing" />, { budget });
    expect(screen.getByText('本文件未说明人员编制情况。')).toBeInTheDocument();
    expect(screen.queryByText('0 人')).not.toBeInTheDocument();
  });

  it('labels everything in English with ?lang=en', () => {
    renderWithBudget(<StaffingSection id="staffing" />, { search: '?lang=en' });
    expect(within(tile('Authorized posts')).getByText('12 people')).toBeInTheDocument();
    expect(within(tile('Budget per person in service')).getByText('121,388.89 yuan')).toBeInTheDocument();
  });
});
