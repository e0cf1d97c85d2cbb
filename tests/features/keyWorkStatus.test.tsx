/**
 * Milestone progress on the key-work timeline, through the screen. jsdom has no
 * IndexedDB (like some private windows), so every edit stays for the page and the
 * section says so; saving in a real browser is tests/e2e/milestones.spec.ts.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KeyWorkSection } from '@/features/key-work';
import { renderWithBudget } from '../support/renderWithBudget';

const frame = () => screen.getByRole('figure', { name: /2021 年重点工作时间安排|Key work schedule, 2021/ });
const APRIL = /^预计 4 月兑现 2018-2019 年退休“中人”待遇/;

async function openTransitionPensions(user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(frame()).getByRole('button', { name: /“中人待遇”需稳妥/ }));
  return screen.getByRole('group', { name: APRIL });
}

/** The import picker, once the stored statuses have been read (it waits for them, so a plan never misses one). */
async function importInput(label = '导入进度…') {
  const input = within(frame()).getByLabelText(label);
  await waitFor(() => expect(input).toBeEnabled());
  return input;
}

function importFile(content: string, name = 'statuses.json') {
  return new File([content], name, { type: 'application/json' });
}

const statusFile = (statuses: object, dataset: object = { department: '芦山县社会保险事务中心', fiscalYear: 2021 }) =>
  JSON.stringify({ format: 'budget-lens-milestone-statuses', formatVersion: 1, dataset, statuses });

// Whole-section renders driven by user events: a few seconds each on a busy two-core machine.
describe('Key work progress', { timeout: 20_000 }, () => {
  it('shows the plan, not a wall of delays, while nothing is reported', () => {
    renderWithBudget(<KeyWorkSection id="key-work" />, { search: '?asof=2021-05-10' });
    expect(within(frame()).getByText(/截至 2021 年 5 月 10 日：10 个时间节点均未填报进度，时间轴显示的是计划/)).toBeInTheDocument();
    expect(within(frame()).getByText('按计划')).toBeInTheDocument();
    expect(within(frame()).queryByText(/⚠ 逾期/)).not.toBeInTheDocument();
    // Screen readers hear the step as not reported, not as late.
    expect(within(frame()).getByText(/^预计 4 月兑现 2018-2019 年退休“中人”待遇：截至 2021 年 4 月，未填报$/)).toBeInTheDocument();
  });

  it('marks overdue only what someone reported as not done, and recounts when the day changes', async () => {
    const user = userEvent.setup();
    renderWithBudget(<KeyWorkSection id="key-work" />, { search: '?asof=2021-05-10' });
    const april = await openTransitionPensions(user);
    await user.selectOptions(within(april).getByRole('combobox', { name: '状态' }), '进行中');
    expect(within(frame()).getByText(/已完成 0，进行中 1，已延期 0，未开始 0；未填报 9/)).toBeInTheDocument();
    expect(within(frame()).getByText('⚠ 逾期 1 个')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: APRIL })).getByText('⚠ 进行中 · 逾期')).toBeInTheDocument();
    // The chart says it beside the mark too (its dashed box is a shape, the words are the rest).
    expect(await within(frame()).findByText(/^⚠ 逾期.*进行中.*预计 4 月兑现/, { selector: 'text' })).toBeInTheDocument();

    const june = screen.getByRole('group', { name: /^预计 6 月兑现 2020 年退休“中人”待遇/ });
    await user.selectOptions(within(june).getByRole('combobox', { name: '状态' }), '未开始');
    expect(within(frame()).getByText('⚠ 逾期 1 个')).toBeInTheDocument();
    const asOf = within(frame()).getByLabelText('截至日期');
    fireEvent.change(asOf, { target: { value: '2021-07-01' } });
    await waitFor(() => expect(window.location.search).toContain('asof=2021-07-01'));
    expect(within(frame()).getByText('⚠ 逾期 2 个')).toBeInTheDocument();
  });

  it('shows the plan as of the fiscal year’s last day once the year is over, with no step overdue', () => {
    renderWithBudget(<KeyWorkSection id="key-work" />);
    expect(within(frame()).getByLabelText('截至日期')).toHaveValue('2021-12-31');
    expect(within(frame()).getByText(/（已限定在 2021 年内）/)).toBeInTheDocument();
    expect(within(frame()).getByText('按计划')).toBeInTheDocument();
    expect(within(frame()).queryByText(/逾期 \d+ 个/)).not.toBeInTheDocument();
  });

  it('records a step’s status, date and note from the keyboard, keeps them for the page and says they were not saved', async () => {
    const user = userEvent.setup();
    renderWithBudget(<KeyWorkSection id="key-work" />, { search: '?asof=2021-05-10' });
    const april = await openTransitionPensions(user);
    const status = within(april).getByRole('combobox', { name: '状态' });
    // Not reported is its own answer in the menu, not "not started".
    expect(status).toHaveValue('');
    expect(status).toHaveDisplayValue('未填报');
    expect(within(april).getByText('未填报', { selector: ':not(option)' })).toBeInTheDocument();

    status.focus();
    await user.selectOptions(status, '已完成');
    fireEvent.change(within(april).getByLabelText('日期'), { target: { value: '2021-04-28' } });
    await user.type(within(april).getByRole('textbox', { name: '备注' }), '已兑现 120 人');

    const done = screen.getByRole('group', { name: APRIL });
    expect(within(done).getByText('已完成 · 2021 年 4 月 28 日')).toBeInTheDocument();
    expect(within(done).getByRole('textbox', { name: '备注' })).toHaveValue('已兑现 120 人');
    expect(within(frame()).getByText('无逾期')).toBeInTheDocument();
    expect(within(frame()).getByText(/已完成 1，进行中 0，已延期 0，未开始 0；未填报 9/)).toBeInTheDocument();
    expect(await within(done).findByText('⚠ 未能保存到浏览器，只在本页有效')).toBeInTheDocument();
    expect(within(frame()).getByRole('alert')).toHaveTextContent('浏览器存储不可用（例如无痕窗口）：进度记录只在本页有效');

    await user.click(within(frame()).getByRole('tab', { name: '表格' }));
    const row = within(frame()).getByText(APRIL).closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([expect.stringMatching(APRIL), '未说明', '2021 年 4 月', '时间节点', '已完成 · 2021 年 4 月 28 日', '已兑现 120 人']);
  });

  it('lists every problem of a bad statuses file by path, changes nothing, and the section stays usable', async () => {
    const user = userEvent.setup();
    renderWithBudget(<KeyWorkSection id="key-work" />, { search: '?asof=2021-05-10' });
    const bad = statusFile({
      'zhongren-data': { status: 'finished' },
      'zhongren-pay-2020': { status: 'done', date: '2021-06-31' },
      'no-such-step': { status: 'done' },
    });
    await user.upload(await importInput(), importFile(bad, 'bad.json'));
    const alert = await within(frame()).findByText('无法导入 bad.json：发现 3 个问题，进度记录未作任何更改。');
    const list = alert.closest('[role="alert"]')!;
    expect(list).toHaveTextContent('statuses["zhongren-data"].status：状态无效，应为 "not-started" | "in-progress" | "done" | "delayed" 之一，实为 "finished"');
    expect(list).toHaveTextContent('statuses["zhongren-pay-2020"].date：日期无效，应为真实存在的日期 YYYY-MM-DD，实为 "2021-06-31"');
    expect(list).toHaveTextContent('statuses["no-such-step"]：本数据集没有此时间节点');
    expect(within(frame()).getByText(/10 个时间节点均未填报进度/)).toBeInTheDocument();

    await user.click(within(list as HTMLElement).getByRole('button', { name: '关闭' }));
    expect(within(frame()).queryByText(/无法导入/)).not.toBeInTheDocument();
    const april = await openTransitionPensions(user);
    await user.selectOptions(within(april).getByRole('combobox', { name: '状态' }), '进行中');
    expect(within(frame()).getByText(/进行中 1/)).toBeInTheDocument();
  });

  it('lists the first 20 problems of a file with thousands of unknown steps, counts the rest, and offers them all as a download', async () => {
    const user = userEvent.setup();
    renderWithBudget(<KeyWorkSection id="key-work" />, { search: '?asof=2021-05-10' });
    const unknown = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`no-such-step-${i}`, { status: 'done' }]));
    await user.upload(await importInput(), importFile(statusFile(unknown), 'many.json'));
    const alert = (await within(frame()).findByText('无法导入 many.json：发现 5000 个问题，进度记录未作任何更改。')).closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
    expect(alert).toHaveTextContent('statuses["no-such-step-19"]：本数据集没有此时间节点');
    expect(alert).toHaveTextContent('另有 4980 个问题未列出。');
    expect(within(alert).getByRole('button', { name: '下载全部 5000 个问题（文本）' })).toBeInTheDocument();
  });

  it('refuses a status file nested 100,000 levels deep with one message, at once', async () => {
    const user = userEvent.setup();
    renderWithBudget(<KeyWorkSection id="key-work" />, { search: '?asof=2021-05-10' });
    const depth = 100_000;
    const deep = statusFile({ 'zhongren-data': { status: 'done' } }).replace('{"status":"done"}', `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    await user.upload(await importInput(), importFile(deep, 'deep.json'));
    const alert = (await within(frame()).findByText('无法导入 deep.json：发现 1 个问题，进度记录未作任何更改。')).closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent('嵌套层级过深（最多 16 层），不是进度记录文件');
  });

  it('names the problem in English with ?lang=en, including a file from another unit', async () => {
    const user = userEvent.setup();
    renderWithBudget(<KeyWorkSection id="key-work" />, { search: '?lang=en&asof=2021-05-10' });
    await user.upload(await importInput('Import progress…'), importFile(statusFile({}, { department: '示例县教育和体育局', fiscalYear: 2021 }), 'edu.json'));
    const alert = (await within(frame()).findByText(/Cannot import edu\.json: 1 problem found; progress was not changed/)).closest('[role="alert"]')!;
    expect(alert).toHaveTextContent('dataset.department: belongs to another dataset: expected "芦山县社会保险事务中心", found "示例县教育和体育局"');
    await user.upload(await importInput('Import progress…'), importFile('{"format": "budget-lens-milestone-statuses", ', 'cut.json'));
    const cut = (await within(frame()).findByText(/Cannot import cut\.json/)).closest('[role="alert"]')!;
    expect(cut.textContent).toContain('(root): not valid JSON');
  });

  it('shows what an import will change before it changes anything, and imports on confirmation', async () => {
    const user = userEvent.setup();
    renderWithBudget(<KeyWorkSection id="key-work" />, { search: '?asof=2021-05-10' });
    const april = await openTransitionPensions(user);
    await user.selectOptions(within(april).getByRole('combobox', { name: '状态' }), '进行中');
    const file = statusFile({
      'zhongren-data': { status: 'done', date: '2021-02-26' },
      'zhongren-pay-2018-2019': { status: 'delayed', date: '2021-07-15', note: '等待财政拨款' },
      'veterans-results': { status: 'in-progress' },
    });

    await user.upload(await importInput(), importFile(file));
    const plan = await within(frame()).findByRole('region', { name: '导入 statuses.json？' });
    expect(plan).toHaveTextContent('共 3 条进度记录：新增 2 条，替换现有 1 条，与现有相同 0 条；其他 0 条已有记录保持不变。');
    expect(plan).toHaveTextContent('预计 4 月兑现 2018-2019 年退休“中人”待遇：进行中 → 已延期 · 2021 年 7 月 15 日');
    await user.click(within(plan).getByRole('button', { name: '取消' }));
    expect(within(frame()).getByText(/已完成 0，进行中 1，已延期 0/)).toBeInTheDocument();

    await user.upload(await importInput(), importFile(file));
    await user.click(within(await within(frame()).findByRole('region', { name: '导入 statuses.json？' })).getByRole('button', { name: '导入' }));
    expect(await within(frame()).findByText('⚠ 已导入 3 条进度记录，但未能保存到浏览器，只在本页有效。')).toBeInTheDocument();
    expect(within(frame()).getByText(/已完成 1，进行中 1，已延期 1，未开始 0；未填报 7/)).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: APRIL })).getByRole('textbox', { name: '备注' })).toHaveValue('等待财政拨款');
  });
});
