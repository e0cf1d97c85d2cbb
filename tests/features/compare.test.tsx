import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { addDataset } from '@/data/queries/addDataset';
import { CompareSection } from '@/features/compare';
import { renderWithBudget } from '../support/renderWithBudget';
import { loadBudgetFile } from '../support/seed';

const path = (name: string) => `tests/fixtures/valid/${name}`;

/** Keeps a fixture in the library (in memory: jsdom has no IndexedDB), as loading it would. */
async function keep(client: QueryClient, name: string) {
  const { file } = loadBudgetFile(path(name));
  const text = readFileSync(path(name), 'utf8');
  return addDataset(client, text, { fileName: name, department: file.department.name, fiscalYear: file.fiscalYear, unit: file.unit, bytes: text.length });
}

async function openTable(name: RegExp) {
  const figure = screen.getByRole('figure', { name });
  await userEvent.click(within(figure).getByRole('tab', { name: '表格' }));
  return within(figure).getByRole('table');
}

const row = (table: HTMLElement, name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });

describe('Compare', { timeout: 30_000 }, () => {
  let client: QueryClient;
  beforeEach(() => {
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  });

  it('explains how to compare when nothing is chosen, and choosing puts it in the URL', async () => {
    const entry = await keep(client, 'example-edu-2021-wanyuan.json');
    renderWithBudget(<CompareSection id="compare" />, { client });
    expect(screen.getByText('尚未选择对比对象')).toBeInTheDocument();
    await userEvent.selectOptions(await screen.findByLabelText('对比对象'), '示例县教育和体育局 2021');
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('compare')).toBe(entry.id));
  });

  it('names the seed by its name, not its key, when a link compares the seed with itself', async () => {
    renderWithBudget(<CompareSection id="compare" />, { client, search: '?compare=seed' });
    const select = await screen.findByLabelText('对比对象');
    expect(within(select).getByRole('option', { selected: true })).toHaveTextContent('内置示例');
  });

  it('compares two years of one unit across 万元 and 元, exactly, with appeared and disappeared categories', async () => {
    const entry = await keep(client, 'example-edu-2021-wanyuan.json');
    renderWithBudget(<CompareSection id="compare" />, { client, search: `?compare=${entry.id}`, budget: loadBudgetFile(path('example-edu-2022-yuan.json')) });
    expect(await screen.findByRole('heading', { name: '示例县教育和体育局：2021 年与 2022 年' })).toBeInTheDocument();
    expect(screen.getByText(/两份文件的单位不同（万元 与 元），均按“分”精确换算后比较，以 元 显示/)).toBeInTheDocument();

    const headline = within(screen.getByRole('table', { name: '主要数字' }));
    expect(headline.getByRole('row', { name: /^收支总预算 15,001,600 元 14,770,000.75 元 -231,599.25 元 -1.54%$/ })).toBeInTheDocument();
    expect(headline.getByRole('row', { name: /^在职人员人均预算 272,756.36 元 254,655.19 元/ })).toBeInTheDocument();

    const table = await openTable(/按类别对比/);
    expect(row(table, '教育支出')).toHaveTextContent('11,801,600');
    expect(row(table, '教育支出')).toHaveTextContent('+698,400.5 元');
    expect(row(table, '文化旅游体育与传媒支出')).toHaveTextContent('1,500,000无此类别未说明未说明不再出现');
    expect(row(table, '卫生健康支出')).toHaveTextContent('新增');

    const appeared = screen.getByRole('heading', { name: '新增的类别' }).parentElement!;
    expect(within(appeared).getByText('教育支出 › 职业教育')).toBeInTheDocument();
    const disappeared = screen.getByRole('heading', { name: '不再出现的类别' }).parentElement!;
    expect(within(disappeared).getByText('教育支出 › 教育费附加安排的支出')).toBeInTheDocument();
  });

  it('obeys the category filter: the 款 under 教育支出', async () => {
    const entry = await keep(client, 'example-edu-2021-wanyuan.json');
    renderWithBudget(<CompareSection id="compare" />, { client,
      search: `?compare=${entry.id}&cat=教育支出`,
      budget: loadBudgetFile(path('example-edu-2022-yuan.json')),
    });
    expect(await screen.findByText('按筛选类别：教育支出')).toBeInTheDocument();
    const table = await openTable(/“教育支出”之下对比/);
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => within(r).queryByRole('rowheader')?.textContent),
    ).toEqual([undefined, '普通教育', '教育费附加安排的支出', '职业教育']);
    expect(row(table, '普通教育')).toHaveTextContent('+1,998,400.5 元');
  });

  it('compares two units by share and per person in service, the seed on the left', async () => {
    const entry = await keep(client, 'example-culture-2022-lei-only.json');
    renderWithBudget(<CompareSection id="compare" />, { client, search: `?compare=${entry.id}` });
    expect(await screen.findByText('A = 芦山县社会保险事务中心 2021；B = 示例县文化馆 2022')).toBeInTheDocument();
    const headline = within(screen.getByRole('table', { name: '主要数字' }));
    expect(headline.getByRole('row', { name: /^在职人员 9 12$/ })).toBeInTheDocument();
    // Derived amounts at the unit's precision (not 12.1389 万元), and the difference B − A beside the two sides.
    expect(headline.getByRole('row', { name: /^在职人员人均预算 12\.14 万元 17\.70 万元/ })).toBeInTheDocument();
    expect(headline.getByRole('columnheader', { name: '差额 B − A（万元）' })).toBeInTheDocument();
    expect(headline.getByRole('row', { name: /^收支总预算 109\.25 万元 212\.35 万元 \+103\.10 万元$/ })).toBeInTheDocument();
    expect(headline.getByRole('row', { name: /^项目支出 0.00 万元 未说明 未说明$/ })).toBeInTheDocument();
    const table = await openTable(/按类别对比/);
    expect(row(table, '住房保障支出')).toHaveTextContent(/10\.70\s*9\.79%\s*1\.19\s*12\.00\s*5\.65%\s*1\.00\s*\+1\.30/);
    // B states 社会保障和就业支出 as a whole: A's 款 under it are not "only in A".
    const onlyA = screen.getByRole('heading', { name: '仅 A 有的类别' }).parentElement!;
    expect(within(onlyA).queryByText(/行政事业单位离退休/)).not.toBeInTheDocument();
    expect(screen.getByText('社会保障和就业支出：B只列出合计、未细分，A列出的下级类别不算“仅一方有”。')).toBeInTheDocument();
  });

  it('labels the comparison in English with ?lang=en', async () => {
    const entry = await keep(client, 'example-edu-2021-wanyuan.json');
    renderWithBudget(<CompareSection id="compare" />, { client, search: `?lang=en&compare=${entry.id}`, budget: loadBudgetFile(path('example-edu-2022-yuan.json')) });
    expect(await screen.findByRole('heading', { name: 'Example County Education and Sports Bureau: 2021 and 2022' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Categories that appeared' })).toBeInTheDocument();
  });
});
