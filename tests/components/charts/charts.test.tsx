import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from '@/components/ChartFrame';
import { BarChart, ColumnChart, DonutChart, preloadCharts, type ChartDatum } from '@/components/charts';
import { parseBudgetText } from '@/data/parseBudget';
import { OverviewSection } from '@/features/overview';
import type { LoadedBudget } from '@/data/loadedBudget';
import { renderWithBudget } from '../../support/renderWithBudget';
import { SEED_PATH } from '../../support/seed';

// The kinds are one lazy chunk: have it compiled before the clock of waitFor starts.
beforeAll(() => preloadCharts());

const cat = () => new URLSearchParams(window.location.search).get('cat');

/** A Recharts mark, found by the name the chart writes on it (the row's label). */
async function mark(chartId: string, name: string): Promise<Element> {
  return waitFor(() => {
    const found = document.querySelector(`[data-chart-id="${chartId}"] path[name="${name}"]`);
    if (!found) throw new Error(`no mark ${name} in ${chartId}`);
    return found;
  });
}

/** The seed with three more 类, so the spending structure has more parts than a donut should show: bars. */
function sevenClasses(): LoadedBudget {
  const file = JSON.parse(readFileSync(SEED_PATH, 'utf8')) as { functional: unknown[] };
  for (const [code, name, amount] of [['211', '节能环保支出', 1], ['212', '城乡社区支出', 2], ['213', '农林水支出', 3]] as const)
    file.functional.push({ code, name, amount });
  const result = parseBudgetText(JSON.stringify(file));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { file: result.budget, model: result.model, sourceId: 'seven' };
}

describe('the Recharts chart kinds on the seed', () => {
  it('a click on a donut segment sets the category filter, and the chip names it', async () => {
    renderWithBudget(<OverviewSection id="overview" />);
    await userEvent.click(await mark('overview-structure', '社会保障和就业支出'));
    expect(cat()).toBe('社会保障和就业支出');
    expect(await screen.findByText(/筛选类别：社会保障和就业支出/)).toBeInTheDocument();
  });

  it('labels each segment with its share, and the legend writes 0 and 未说明 the donut cannot draw', async () => {
    renderWithBudget(<OverviewSection id="overview" />);
    await mark('overview-structure', '一般公共服务支出');
    const structure = screen.getByRole('figure', { name: '支出功能分类构成' });
    expect(within(structure).getByRole('img', { name: '支出功能分类构成' })).toHaveTextContent('63.35%');
    expect(within(structure).getByRole('button', { name: /教育支出\s*未说明/ })).toBeInTheDocument();
    expect(within(screen.getByRole('figure', { name: '收入来源' })).getByText('上年结转').parentElement).toHaveTextContent('上年结转0.00（0%）');
  });

  it('the keyboard path: Enter on a legend entry filters', async () => {
    renderWithBudget(<OverviewSection id="overview" />);
    (await screen.findByRole('button', { name: /住房保障支出/ })).focus();
    await userEvent.keyboard('{Enter}');
    expect(cat()).toBe('住房保障支出');
  });

  it('with more than five 类 the structure is drawn as bars, and a click on a bar filters', async () => {
    renderWithBudget(<OverviewSection id="overview" />, { budget: sevenClasses() });
    await userEvent.click(await mark('overview-structure', '住房保障支出'));
    expect(cat()).toBe('住房保障支出');
  });
});

const rows: ChartDatum[] = [
  { key: 'a', label: '一般公共服务支出', value: 6921 },
  { key: 'b', label: '上年结转', value: 0 },
  { key: 'c', label: '教育支出', value: undefined },
];
const text = (d: ChartDatum) => (d.value === undefined ? '未说明' : `${d.value / 100} 万元`);

describe('every kind draws at a fixed size with its id, and labels 0 and 未说明', () => {
  it.each([
    ['bars', BarChart],
    ['columns', ColumnChart],
  ])('%s', async (_, Chart) => {
    renderWithBudget(<Chart id="probe" data={rows} valueFormatter={text} ariaLabel="探针" height={200} width={500} />);
    const chart = await screen.findByRole('img', { name: '探针' });
    await waitFor(() => expect(chart).toHaveTextContent('69.21 万元'));
    expect(chart).toHaveAttribute('data-chart-id', 'probe');
    expect(chart).toHaveTextContent('0 万元');
    expect(chart).toHaveTextContent('未说明');
    expect(chart.querySelector('svg')).toHaveAttribute('width', '500');
  });

  it('donut', async () => {
    renderWithBudget(<DonutChart id="ring" data={rows} valueFormatter={text} ariaLabel="环" height={200} width={300} />);
    await waitFor(() => expect(screen.getByRole('img', { name: '环' })).toHaveTextContent('69.21 万元'));
  });
});

describe('a failing chart', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the frame’s fail message while its table and CSV keep working', async () => {
    const broken = () => {
      throw new Error('数值格式错误');
    };
    const table = { columns: [{ key: 'name', label: '名称' }], rows: [{ key: 'a', cells: [{ display: '一般公共服务支出', csv: '一般公共服务支出' }] }] };
    renderWithBudget(<ChartFrame title="坏图" subtitle="单位：万元" chart={<BarChart id="bad" data={rows} valueFormatter={broken} ariaLabel="坏图" height={120} />} table={table} />);
    const figure = screen.getByRole('figure', { name: '坏图' });
    expect(await within(figure).findByRole('alert')).toHaveTextContent('数值格式错误');
    await userEvent.click(within(figure).getByRole('tab', { name: '表格' }));
    expect(within(figure).getByRole('rowheader', { name: '一般公共服务支出' })).toBeInTheDocument();
    expect(within(figure).getByRole('button', { name: /CSV/ })).toBeEnabled();
  });
});
