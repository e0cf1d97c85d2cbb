/**
 * Loading files through the real shell (BudgetLoader → Dashboard) in jsdom, where
 * IndexedDB does not exist: datasets live for the page and the user is told so.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renameInLibrary } from '../support/libraryDialog';
import { renderApp } from '../support/renderApp';

const fixture = (dir: 'valid' | 'bad', name: string) => new File([readFileSync(`tests/fixtures/${dir}/${name}`)], name, { type: 'application/json' });
const heading = () => screen.getByRole('heading', { level: 1 });
const totalTile = () => screen.getByText(/^(收支总预算|Total budget)$/).closest('div')!;

/** The load report as an alert (other sections may raise alerts of their own: no IndexedDB here). */
async function loadAlert(): Promise<HTMLElement> {
  const report = await screen.findByTestId('load-report');
  expect(report).toHaveAttribute('role', 'alert');
  return report;
}

describe('loading budget files', { timeout: 20_000 }, () => {
  it.each([
    ['example-edu-2021-wanyuan.json', '示例县教育和体育局', '1,500.16 万元'],
    ['example-edu-2022-yuan.json', '示例县教育和体育局', '14,770,000.75 元'],
    ['example-culture-2022-lei-only.json', '示例县文化馆', '212.35 万元'],
    ['minimal-required-only.json', '示例乡人民政府', '100.00 万元'],
  ])('shows %s with its own figures and puts it in the URL', async (file, department, total) => {
    renderApp();
    expect(heading()).toHaveTextContent('芦山县社会保险事务中心');
    await userEvent.upload(screen.getByLabelText('打开文件…'), fixture('valid', file));
    await waitFor(() => expect(heading()).toHaveTextContent(department));
    expect(within(totalTile()).getByText(total)).toBeInTheDocument();
    const id = new URLSearchParams(window.location.search).get('dataset');
    expect(id).toMatch(/^ds-/);
    expect(screen.getByRole('option', { name: new RegExp(`${department}.*（未保存）`) })).toHaveValue(id);
    // No IndexedDB here: the report says the file lasts only for this page.
    expect(await loadAlert()).toHaveTextContent('浏览器存储不可用');
  });

  it('rejects a bad file with its name and every problem path, and keeps the seed on screen', async () => {
    renderApp();
    await userEvent.upload(screen.getByLabelText('打开文件…'), fixture('bad', 'many-problems.json'));
    const alert = await loadAlert();
    expect(alert).toHaveTextContent('many-problems.json 无法载入');
    for (const path of ['fiscalYear', 'unit', 'revenue[0].amount', 'keyWork[1].id', 'source']) expect(within(alert).getByText(path)).toBeInTheDocument();
    expect(alert).toHaveTextContent('当前显示的数据集保持不变');
    expect(heading()).toHaveTextContent('芦山县社会保险事务中心');
    expect(within(totalTile()).getByText('109.25 万元')).toBeInTheDocument();
    expect(window.location.search).toBe('');
    await userEvent.click(within(alert).getByRole('button', { name: '关闭' }));
    expect(screen.queryByTestId('load-report')).not.toBeInTheDocument();
  });

  it('explains problems in English with ?lang=en', async () => {
    renderApp('?lang=en');
    await userEvent.upload(screen.getByLabelText('Open file…'), fixture('bad', 'unknown-unit.json'));
    const alert = await loadAlert();
    expect(alert).toHaveTextContent('unknown-unit.json could not be loaded');
    expect(alert).toHaveTextContent('unit: invalid value, expected "元" | "千元" | "万元" | "亿元"');
  });

  it('refuses a file over the size limit, naming its size, without reading it', async () => {
    renderApp();
    const big = new File([new Uint8Array(21 * 1024 * 1024)], 'huge.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('打开文件…'), big);
    expect(await loadAlert()).toHaveTextContent('文件大小为 21.0 MB，超过 20.0 MB 的上限。');
    expect(heading()).toHaveTextContent('芦山县社会保险事务中心');
  });

  it('switches back to the seed, renames and removes a dataset in the library dialog', async () => {
    renderApp();
    await userEvent.upload(screen.getByLabelText('打开文件…'), fixture('valid', 'example-culture-2022-lei-only.json'));
    await waitFor(() => expect(heading()).toHaveTextContent('示例县文化馆'));
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));

    const dialog = await renameInLibrary('示例县文化馆 2022', '文化馆预算');
    expect(within(dialog).getByText('文化馆预算')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /文化馆预算/ })).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: '删除：文化馆预算' }));
    await userEvent.click(within(dialog).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(heading()).toHaveTextContent('芦山县社会保险事务中心'));
    expect(within(dialog).getByText(/还没有载入自己的文件/)).toBeInTheDocument();
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('dataset')).toBeNull());
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says plainly, at the top, that a linked dataset lives only in the browser that saved it, and what to do', async () => {
    // The page's first element (a chart library's measuring span may sit in <body> too, outside the page).
    const { container } = renderApp('?dataset=ds-missing');
    const alert = await screen.findByRole('alert', { name: '这个链接里的数据集只保存在保存它的那个浏览器中' });
    expect(container.firstElementChild).toBe(alert);
    expect(alert).toHaveTextContent('本浏览器里没有数据集“ds-missing”');
    expect(alert).toHaveTextContent('下面显示的是内置示例，不是链接所指的预算');
    expect(within(alert).getByLabelText('打开文件…')).toBeInTheDocument();
    expect(alert).toHaveTextContent('请发链接的人在页面顶部点“分享文件”');
    expect(screen.getByRole('option', { name: '不在本浏览器：ds-missing' })).toBeInTheDocument();
    expect(heading()).toHaveTextContent('芦山县社会保险事务中心');
    await userEvent.click(within(alert).getByRole('button', { name: '查看内置示例' }));
    await waitFor(() => expect(screen.queryByRole('alert', { name: /只保存在保存它的那个浏览器中/ })).not.toBeInTheDocument());
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('dataset')).toBeNull());
  });
});
