/**
 * Importing a budget explanation through the real shell (BudgetLoader → Dashboard)
 * in jsdom: the dialog, the review of every figure beside its sentence,
 * corrections validated by path, and opening the dashboard on the result.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/renderApp';

const SEED_TEXT = readFileSync('/work/shared/seed/lushan-shebao-2021-budget-explanation.md', 'utf8');
const seedFile = () => new File([SEED_TEXT], 'lushan-shebao-2021-budget-explanation.md', { type: 'text/markdown' });
const fixtureFile = (name: string) => new File([readFileSync(`tests/fixtures/explanations/${name}`)], name, { type: 'text/markdown' });


const heading = () => screen.getByRole('heading', { level: 1 });
const dialog = () => screen.getByRole('dialog');
const rowOf = (label: string) => within(dialog()).getByRole('rowheader', { name: label }).closest('tr')!;

async function openDialog(name = '导入说明') {
  await userEvent.click(screen.getByRole('button', { name }));
  // The dialog loads on first use.
  return screen.findByRole('dialog', {}, { timeout: 10_000 });
}

async function importSeed() {
  await openDialog();
  await userEvent.upload(within(dialog()).getByLabelText('选择文件…'), seedFile());
  await within(dialog()).findByRole('heading', { name: '核对读出的数字' }, { timeout: 15_000 });
}

describe('import explanation dialog', { timeout: 30_000 }, () => {
  it('opens as a dialog with focus inside, closes on Escape and gives focus back', async () => {
    renderApp();
    const button = screen.getByRole('button', { name: '导入说明' });
    const box = await openDialog();
    expect(box).toHaveAccessibleName('导入部门预算编制说明');
    expect(box).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('shows each figure read from the seed beside its sentence and section', async () => {
    renderApp();
    await importSeed();
    const total = rowOf('收支总预算');
    expect(within(total).getByText('109.25 万元')).toBeInTheDocument();
    expect(total).toHaveTextContent('芦山县社会保险事务中心 2021 年收支总预算 109.25 万元，比 2020 年收支预算总数 83.08 万元增加 26.17 万元');
    expect(total).toHaveTextContent('三、收支预算情况说明');
    expect(total).toHaveTextContent('文件中出现 3 次，数值一致');
    expect(within(rowOf('人员经费')).getByText('98.19 万元')).toBeInTheDocument();
    expect(within(rowOf('编制总数')).getByText('12 名')).toBeInTheDocument();
    expect(within(rowOf('功能分类：卫生健康支出')).getByText('5.85 万元')).toBeInTheDocument();
    // Key work, read-only, with a dated step in the document's words.
    expect(within(dialog()).getByText('政策宣传全覆盖')).toBeInTheDocument();
    expect(within(dialog()).getByText('3 月底前分批组织参保企业培训')).toBeInTheDocument();
    expect(within(dialog()).getByText('常见的数字都已找到。')).toBeInTheDocument();
  });

  it('validates a correction by path, then opens the dashboard on the corrected budget', async () => {
    renderApp();
    await importSeed();
    await userEvent.click(within(rowOf('收支总预算')).getByRole('button', { name: '更正：收支总预算' }));
    const input = within(dialog()).getByRole('spinbutton', { name: '收支总预算（万元）' });
    expect(input).toHaveFocus();
    expect(input).toHaveValue(109.25);

    await userEvent.clear(input);
    await userEvent.type(input, '109.123456');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(rowOf('收支总预算')).toHaveTextContent('小数位过多（≤ 4 位小数，单位 万元）');
    await userEvent.click(within(dialog()).getByRole('button', { name: '打开仪表板' }));
    expect(within(dialog()).getByText('请先改正标出的 1 处问题。')).toBeInTheDocument();
    expect(heading()).toHaveTextContent('芦山县社会保险事务中心');
    expect(window.location.search).toBe('');

    await userEvent.clear(input);
    await userEvent.type(input, '120.5');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(within(rowOf('收支总预算')).getByText('120.50 万元')).toBeInTheDocument();
    expect(rowOf('收支总预算')).toHaveTextContent('原为 109.25 万元');

    await userEvent.click(within(dialog()).getByRole('button', { name: '打开仪表板' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const id = new URLSearchParams(window.location.search).get('dataset');
    expect(id).toMatch(/^ds-/);
    await waitFor(() => expect(screen.getByText(/^(收支总预算)$/).closest('div')).toHaveTextContent('120.50 万元'));
    expect(screen.getByRole('option', { name: /芦山县社会保险事务中心 2021.*（未保存）/ })).toHaveValue(id);
    // jsdom has no IndexedDB: the library's own message says the dataset lasts only for this page.
    const notice = screen.getByText('已打开导入的“芦山县社会保险事务中心 2021”。').closest('[role="alert"]');
    expect(notice).toHaveTextContent('浏览器存储不可用（例如隐私窗口），数据集只在本页有效');
  });

  it('refuses text that is not an explanation with the importer message, and the dashboard stays', async () => {
    renderApp();
    await openDialog();
    await userEvent.type(within(dialog()).getByLabelText('或粘贴说明文字'), '这是一份会议通知，请各单位准时参加。');
    await userEvent.click(within(dialog()).getByRole('button', { name: '读取粘贴的文字' }));
    const message = await within(dialog()).findByText(/这不像部门预算编制说明/);
    expect(message.closest('[role="alert"]')).toHaveTextContent('当前显示的数据集保持不变');
    expect(heading()).toHaveTextContent('芦山县社会保险事务中心');
    expect(window.location.search).toBe('');
  });

  it('keeps the pasted text in its box after a refused read, and after Back from the review', async () => {
    renderApp();
    await openDialog();
    const box = () => within(dialog()).getByLabelText('或粘贴说明文字');
    await userEvent.type(box(), '这是一份会议通知，请各单位准时参加。');
    await userEvent.click(within(dialog()).getByRole('button', { name: '读取粘贴的文字' }));
    await within(dialog()).findByText(/这不像部门预算编制说明/);
    expect(box()).toHaveValue('这是一份会议通知，请各单位准时参加。');

    // The seed's text, pasted (set at once, as a paste does), read, reviewed, then Back: still there to edit.
    fireEvent.change(box(), { target: { value: SEED_TEXT } });
    await userEvent.click(within(dialog()).getByRole('button', { name: '读取粘贴的文字' }));
    await within(dialog()).findByRole('heading', { name: '核对读出的数字' }, { timeout: 15_000 });
    await userEvent.click(within(dialog()).getByRole('button', { name: '换一个文件' }));
    expect(box()).toHaveValue(SEED_TEXT);
  });

  it('says so when a paste was too long to put back in its box (2,001 lines), instead of stalling the page', async () => {
    renderApp();
    await openDialog();
    const box = () => within(dialog()).getByLabelText('或粘贴说明文字');
    fireEvent.change(box(), { target: { value: '会议通知\n'.repeat(2000) } });
    await userEvent.click(within(dialog()).getByRole('button', { name: '读取粘贴的文字' }));
    await within(dialog()).findByText(/这不像部门预算编制说明/);
    expect(box()).toHaveValue('');
    expect(within(dialog()).getByRole('status')).toHaveTextContent('粘贴的文字有 2,001 行，太长，没有放回文本框（放回会让页面停顿）。请从原文再粘贴一次。');
    // Typing again takes the note away.
    await userEvent.type(box(), '新');
    expect(within(dialog()).queryByText(/粘贴的文字有/)).not.toBeInTheDocument();
  });

  it('says the same in English with ?lang=en', async () => {
    renderApp('?lang=en');
    await openDialog('Import explanation');
    await userEvent.upload(
      within(dialog()).getByLabelText('Choose a file…'),
      new File(['Meeting notes: nothing about budgets.'], 'notes.txt', { type: 'text/plain' }),
    );
    expect(await within(dialog()).findByText(/This does not look like a budget explanation/)).toBeInTheDocument();
    expect(within(dialog()).getByText('Could not import "notes.txt"')).toBeInTheDocument();
  });

  it('lists a figure stated twice with different values as a conflict, and one can be chosen', async () => {
    renderApp();
    await openDialog();
    fireEvent.drop(dialog(), { dataTransfer: { files: [fixtureFile('nanxi-hospital-2021-stated-twice.md')], types: ['Files'] } });
    await within(dialog()).findByRole('heading', { name: '前后矛盾' }, { timeout: 15_000 });
    const conflict = within(dialog()).getByRole('button', { name: '人员经费：采用 318.20 万元' }).closest('li[class*="border-bad"]') as HTMLElement;
    expect(conflict).toHaveTextContent('人员经费 318.2 万元，主要包括基本工资');
    expect(conflict).toHaveTextContent('全院人员经费 381.2 万元');
    await userEvent.click(within(conflict).getByRole('button', { name: '人员经费：采用 318.20 万元' }));
    expect(within(conflict).getByRole('spinbutton', { name: '人员经费（万元）' })).toHaveValue(318.2);
    // An approximate figure (近 30 万元) is kept, flagged for the reader to check against its sentence.
    expect(rowOf('政府采购预算')).toHaveTextContent('约数：文件给的是约数（如“约”“近”），请对照原文核对。');
    expect(rowOf('政府采购预算')).toHaveTextContent('2021 年政府采购预算近 30 万元');
  });
});
