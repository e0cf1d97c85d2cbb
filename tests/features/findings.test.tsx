import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FindingsSection } from '@/features/findings';
import { categoryAt, loadedOf, onlyTotal, allAgree } from '../data/budgetVariants';
import { renderWithBudget } from '../support/renderWithBudget';

/** The list item holding a sentence, to check its status label beside it. */
const itemOf = (text: string) => screen.getByText(text).closest('li')!;
const passesList = () => screen.getByText(/^核对一致的项目/).closest('details')!;

const LEAVES = '项级合计 109.23 万元（另有 1 项未列金额，未计入），收支总预算 109.25 万元，相差 0.02 万元';
const SOCIAL = '社会保障和就业支出：各项合计 23.48 万元，文件所列 23.49 万元，相差 0.01 万元';
const HEALTH = '卫生健康支出：各项合计 5.84 万元，文件所列 5.85 万元，相差 0.01 万元';
const GROWTH = '机关运行经费增长率：文件称 22.69%，按 8.55 → 11.06 万元 计算为 29.36%，相差 6.67 个百分点';
const GROWTH_CAUSE =
  '可能原因：文件的 22.69% 是增长额 2.51 万元 除以 2021 年的 11.06 万元（2.51 ÷ 11.06 = 22.69%）；增长率应除以 2020 年的 8.55 万元，为 29.36%。';
const ROUNDING = '舍入差异，不是计算错误：同一处四舍五入在以下 3 项核对中出现，差额都在文件末位（0.01 万元）之内。';
const EDUCATION = '教育支出 列入支出范围但未列金额';
const HOUSING_SHARE = '住房保障支出占比：文件称 9.8%，计算 9.79%，按文件精度一致';

describe('Findings (核对)', () => {
  it('tallies the whole document at the top, once per root cause', () => {
    renderWithBudget(<FindingsSection id="findings" />);
    const tally = screen.getByRole('list', { name: '核对结果' });
    expect(
      within(tally)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['≠1 处错误', '≈1 处舍入差异', '?1 处缺金额', '✓17 项核对一致']);
    expect(screen.queryByText('以上为全文核对结果，不随筛选变化。')).not.toBeInTheDocument();
  });

  it('puts the material error first with its likely cause, then one rounding difference said once, in words', () => {
    renderWithBudget(<FindingsSection id="findings" />);
    const problems = within(screen.getByRole('heading', { name: '需要注意' }).parentElement!.querySelector('ul')!);
    const items = problems.getAllByRole('listitem').filter((li) => li.parentElement === problems.getAllByRole('listitem')[0]!.parentElement);
    expect(items).toHaveLength(3);
    const [error, rounding, missing] = items;
    expect(error).toHaveTextContent(GROWTH);
    expect(error).toHaveTextContent(GROWTH_CAUSE);
    expect(within(error!).getByText('错误')).toBeInTheDocument();
    // The 0.01 万元 rounding is one finding, not three red ones.
    expect(within(rounding!).getByText('舍入')).toBeInTheDocument();
    expect(within(rounding!).queryByText('错误')).not.toBeInTheDocument();
    expect(rounding).toHaveTextContent(ROUNDING);
    const lines = within(rounding!)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.figure')?.textContent?.replace(/\u00a0/g, ' ') ?? li.textContent?.replace(/\u00a0/g, ' '));
    expect(lines).toEqual([SOCIAL, HEALTH, `由此：${LEAVES}`]);
    expect(within(missing!).getByText('缺金额')).toBeInTheDocument();
    expect(missing).toHaveTextContent(EDUCATION);
  });

  it('lists problems first and the passing checks after them, open, with 9.8% for 9.79% not flagged', () => {
    renderWithBudget(<FindingsSection id="findings" />);
    const problems = screen.getByRole('heading', { name: '需要注意' }).parentElement!;
    expect(within(problems).getAllByRole('listitem')).toHaveLength(3 + 3);
    const passes = passesList();
    expect(passes).toHaveAttribute('open');
    expect(within(passes).getByText(/^核对一致的项目（17）$/)).toBeInTheDocument();
    expect(within(passes).getAllByRole('listitem')).toHaveLength(17);
    expect(within(within(passes).getByText(HOUSING_SHARE).closest('li')!).getByText('一致')).toBeInTheDocument();
    expect(within(problems).queryByText(HOUSING_SHARE)).not.toBeInTheDocument();
    expect(problems.compareDocumentPosition(passes) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(passes).getByText('收支总预算较 2020 年增减额：文件称 26.17 万元，按 83.08 → 109.25 万元 计算为 26.17 万元，一致')).toBeInTheDocument();
  });

  it('folds the passing checks away and back', async () => {
    renderWithBudget(<FindingsSection id="findings" />);
    const summary = screen.getByText(/^核对一致的项目/);
    await userEvent.click(summary);
    expect(passesList()).not.toHaveAttribute('open');
    await userEvent.click(summary);
    expect(passesList()).toHaveAttribute('open');
  });

  it('shows amounts in the display unit the switch selects', () => {
    renderWithBudget(<FindingsSection id="findings" />, { search: '?unit=元' });
    expect(screen.getByText('社会保障和就业支出：各项合计 234,800 元，文件所列 234,900 元，相差 100 元')).toBeInTheDocument();
    expect(screen.getByText(/按 85,500 → 110,600 元 计算为 29\.36%/)).toBeInTheDocument();
  });

  it('reads in English with ?lang=en', () => {
    renderWithBudget(<FindingsSection id="findings" />, { search: '?lang=en' });
    expect(screen.getByRole('heading', { name: 'Checks' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Results' })).getByText(/1 error/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Results' })).getByText(/1 rounding difference/)).toBeInTheDocument();
    expect(screen.getByText(/^Likely cause: the document's 22\.69% is the change of 25,100 yuan divided by the 2021 figure/)).toBeInTheDocument();
    expect(
      screen.getByText('Social security and employment: the items add up to 234,800 yuan, the document states 234,900 yuan; a difference of 100 yuan'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Administrative operating expenses growth: the document says 22\.69%; from 85,500 to 110,600 yuan it is 29\.36%/),
    ).toBeInTheDocument();
    expect(screen.getByText('Education is listed as a spending area but no amount is given')).toBeInTheDocument();
    expect(screen.getByText("Housing security share: the document says 9.8%, computed 9.79% — agrees at the document's precision")).toBeInTheDocument();
  });

  it('with a category filter shows only its branch, and everything on request with the branch first', async () => {
    renderWithBudget(<FindingsSection id="findings" />, { search: '?cat=社会保障和就业支出' });
    expect(screen.getByText('只显示与“社会保障和就业支出”相关的 2 项核对。')).toBeInTheDocument();
    expect(screen.getByText(SOCIAL)).toBeInTheDocument();
    expect(screen.getByText('社会保障和就业支出占比：文件称 21.5%，计算 21.50%，按文件精度一致')).toBeInTheDocument();
    expect(screen.queryByText(HEALTH)).not.toBeInTheDocument();
    // The tally is the whole document's, and says the filter leaves it alone.
    expect(screen.getByRole('list', { name: '核对结果' })).toHaveTextContent('1 处错误');
    expect(screen.getByText('以上为全文核对结果，不随筛选变化。')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '显示全部核对' }));
    expect(screen.getByText(HEALTH)).toBeInTheDocument();
    const problems = within(screen.getByRole('heading', { name: '需要注意' }).parentElement!).getAllByRole('listitem');
    expect(problems[0]).toHaveTextContent(SOCIAL);
    expect(problems).toHaveLength(3 + 3);

    await userEvent.click(screen.getByRole('button', { name: '只看“社会保障和就业支出”' }));
    expect(screen.queryByText(HEALTH)).not.toBeInTheDocument();
  });

  it('sets the filter from a finding about a category', async () => {
    renderWithBudget(<FindingsSection id="findings" />);
    await userEvent.click(within(itemOf(HEALTH)).getByRole('button', { name: '按“卫生健康支出”筛选全部图表' }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('cat')).toBe('卫生健康支出'));
    expect(within(itemOf(HEALTH)).getByText('已筛选')).toBeInTheDocument();
    expect(screen.queryByText(SOCIAL)).not.toBeInTheDocument();
  });

  it('says so when the filtered category has nothing to check', async () => {
    const budget = loadedOf((file) => {
      delete categoryAt(file, '住房保障支出').amount;
      delete file.stated!.functionalSharesPct!['住房保障支出'];
    });
    renderWithBudget(<FindingsSection id="findings" />, { budget, search: '?cat=住房保障支出' });
    expect(screen.getByText('“住房保障支出”没有相关的核对项。')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '需要注意' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^核对一致的项目/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '显示全部核对' }));
    expect(screen.getByText(SOCIAL)).toBeInTheDocument();
  });

  it('puts a sum that only repeats an error under that error, not in a finding of its own', () => {
    const budget = loadedOf((file) => {
      categoryAt(file, '卫生健康支出', '行政事业单位医疗', '行政单位医疗').amount = 4.31;
    });
    renderWithBudget(<FindingsSection id="findings" />, { budget });
    const health = itemOf('卫生健康支出：各项合计 5.74 万元，文件所列 5.85 万元，相差 0.11 万元');
    expect(within(health).getByText('错误')).toBeInTheDocument();
    expect(health).toHaveTextContent('由此：项级合计 109.13 万元（另有 1 项未列金额，未计入），收支总预算 109.25 万元，相差 0.12 万元');
    expect(screen.getByRole('list', { name: '核对结果' })).toHaveTextContent('2 处错误');
  });

  it('reports no mismatch for a document whose figures all agree', () => {
    const budget = loadedOf(allAgree);
    renderWithBudget(<FindingsSection id="findings" />, { budget });
    expect(screen.getByRole('list', { name: '核对结果' })).toHaveTextContent('0 处错误');
    expect(screen.getByText('没有发现不一致：文件中的数字相互吻合。')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '需要注意' })).not.toBeInTheDocument();
  });

  it('has an empty state when there is nothing to check', () => {
    const budget = loadedOf(onlyTotal);
    renderWithBudget(<FindingsSection id="findings" />, { budget });
    expect(screen.getByText(/没有可以相互核对的数字/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: '核对结果' })).not.toBeInTheDocument();
  });
});
