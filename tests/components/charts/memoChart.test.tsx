/**
 * A chart whose drawing would not change is not redrawn: call sites build new rows, formatters
 * and handlers on every render, and a filter click used to redraw every chart in view. What the
 * reader sees must still follow every change: a unit or language switch, a click's latest meaning.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Header } from '@/app/Header';
import { BarChart, preloadCharts, type ChartDatum } from '@/components/charts';
import { OverviewSection } from '@/features/overview';
import { renderWithBudget } from '../../support/renderWithBudget';

beforeAll(() => preloadCharts());

/** A Recharts mark, found by the name the chart writes on it (the row's label). */
function mark(chartId: string, name: string): Promise<Element> {
  return waitFor(() => {
    const found = document.querySelector(`[data-chart-id="${chartId}"] path[name="${name}"]`);
    if (!found) throw new Error(`no mark ${name} in ${chartId}`);
    return found;
  });
}

/** Records every change React makes to a chart's DOM while `act` runs: a redraw replaces label nodes. */
async function changesDuring(chartId: string, act: () => Promise<void>): Promise<number> {
  const root = document.querySelector(`[data-chart-id="${chartId}"]`);
  if (!root) throw new Error(`no chart ${chartId}`);
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((found) => records.push(...found));
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  await act();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records.length;
}

describe('the overview charts on the seed', () => {
  it('a category click redraws the 类 donut it selects, and leaves the revenue donut untouched', async () => {
    renderWithBudget(<OverviewSection id="overview" />);
    const segment = await mark('overview-structure', '社会保障和就业支出');
    await mark('overview-revenue', '一般公共预算拨款收入');
    let structureChanges = 0;
    const revenueChanges = await changesDuring('overview-revenue', async () => {
      structureChanges = await changesDuring('overview-structure', async () => {
        await userEvent.click(segment);
        await screen.findByText(/筛选类别：社会保障和就业支出/);
      });
    });
    expect(structureChanges).toBeGreaterThan(0);
    expect(revenueChanges).toBe(0);
  });

  it('after a unit switch and a language switch the tooltip writes the new unit and language', async () => {
    renderWithBudget(
      <>
        <Header />
        <OverviewSection id="overview" />
      </>,
    );
    const revenue = () => screen.getByRole('img', { name: '收入来源' });
    await userEvent.hover(await mark('overview-revenue', '一般公共预算拨款收入'));
    expect(revenue()).toHaveTextContent('一般公共预算拨款收入 109.25（100%）');

    await userEvent.click(screen.getByRole('button', { name: '元' }));
    await userEvent.hover(await mark('overview-revenue', '一般公共预算拨款收入'));
    expect(revenue()).toHaveTextContent('一般公共预算拨款收入 1,092,500（100%）');

    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    await userEvent.hover(await mark('overview-revenue', 'General public budget appropriation'));
    expect(revenue()).toHaveTextContent('General public budget appropriation 1,092,500 (100%)');
  });
});

/** A parent that rebuilds the chart's rows and closures on every render, as the sections do. */
function Rebuilt() {
  const [clicks, setClicks] = useState(0);
  const [yuan, setYuan] = useState(false);
  const [chosen, setChosen] = useState('');
  const rows: ChartDatum[] = [
    { key: 'a', label: '一般公共服务支出', value: 6921000 },
    { key: 'b', label: '教育支出', value: undefined },
  ];
  const text = (d: ChartDatum) => (d.value === undefined ? '未说明' : yuan ? `${d.value / 100} 元` : `${d.value / 1000000} 万元`);
  return (
    <>
      <button onClick={() => setClicks(clicks + 1)}>别处的点击</button>
      <button onClick={() => setYuan(true)}>换成元</button>
      <p>{chosen}</p>
      <BarChart id="rebuilt" data={rows} valueFormatter={text} onSelect={(key) => setChosen(`第 ${clicks} 次点击后选了 ${key}`)} ariaLabel="重建" height={120} width={500} />
    </>
  );
}

describe('a chart whose parent rebuilds its props', () => {
  it('is not redrawn by an unrelated change, calls the latest handler, and redraws when its text changes', async () => {
    renderWithBudget(<Rebuilt />);
    const chart = await screen.findByRole('img', { name: '重建' });
    await waitFor(() => expect(chart).toHaveTextContent('6.921 万元'));

    const changes = await changesDuring('rebuilt', async () => {
      await userEvent.click(screen.getByRole('button', { name: '别处的点击' }));
      await userEvent.click(screen.getByRole('button', { name: '别处的点击' }));
    });
    expect(changes).toBe(0);

    await userEvent.click(await mark('rebuilt', '一般公共服务支出'));
    expect(screen.getByText('第 2 次点击后选了 a')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '换成元' }));
    expect(within(chart).getByText('69210 元')).toBeInTheDocument();
    expect(within(chart).queryByText('6.921 万元')).not.toBeInTheDocument();
  });
});
