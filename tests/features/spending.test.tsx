import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SpendingSection } from '@/features/spending';
import { renderWithBudget } from '../support/renderWithBudget';

const SOCIAL = '社会保障和就业支出';
const params = () => new URLSearchParams(window.location.search);

function drillFigure() {
  return screen.getByRole('figure', { name: '支出功能分类' });
}

async function showTable(figure: HTMLElement) {
  await userEvent.click(within(figure).getByRole('tab', { name: '表格' }));
}

function rowText(container: HTMLElement, name: string): string {
  return within(container).getByRole('row', { name: new RegExp(name) }).textContent ?? '';
}

describe('Spending by function, drill-down', { timeout: 20_000 }, () => {
  it('drills into 社会保障和就业支出 from the table view, then back to all by the breadcrumb', async () => {
    renderWithBudget(<SpendingSection id="spending" />);
    const figure = drillFigure();
    await showTable(figure);
    await userEvent.click(within(figure).getByRole('button', { name: new RegExp(SOCIAL) }));

    expect(params().get('drill')).toBe(SOCIAL);
    expect(params().get('cat')).toBe(SOCIAL);
    expect(rowText(figure, '未归口管理的行政单位离退休')).toContain('14.18');
    expect(rowText(figure, '机关事业单位基本养老保险缴费支出')).toContain('9.30');
    // The 款 states no amount: it is the sum of its 项, a cent short of the 类's stated 23.49.
    expect(rowText(figure, '行政事业单位离退休')).toContain('23.48');
    expect(within(figure).getByText(/所列各项合计 23\.48 万元，与该类所列 23\.49 万元不一致/)).toBeInTheDocument();
    expect(within(figure).queryByRole('row', { name: /卫生健康支出/ })).not.toBeInTheDocument();

    const crumbs = within(figure).getByRole('navigation', { name: '钻取路径' });
    expect(within(crumbs).getByText(SOCIAL)).toHaveAttribute('aria-current', 'location');
    await userEvent.click(within(crumbs).getByRole('button', { name: '全部' }));
    expect(params().get('drill')).toBeNull();
    expect(params().get('cat')).toBeNull();
    expect(rowText(figure, '卫生健康支出')).toContain('5.85');
  });

  it('pushes a history entry per step, so Back returns to the level before', async () => {
    renderWithBudget(<SpendingSection id="spending" />);
    await userEvent.click(within(drillFigure()).getByRole('button', { name: /一般公共服务支出/ }));
    expect(params().get('drill')).toBe('一般公共服务支出');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    await waitFor(() => expect(params().get('drill')).toBeNull());
    expect(within(drillFigure()).getByRole('button', { name: /卫生健康支出/ })).toBeInTheDocument();
  });

  it('rolls a 款 without a stated amount up from its 项 (人力资源和社会保障管理事务 = 69.21), by keyboard on the bars', async () => {
    renderWithBudget(<SpendingSection id="spending" />);
    within(drillFigure())
      .getByRole('button', { name: /一般公共服务支出/ })
      .focus();
    await userEvent.keyboard('{Enter}');
    const bars = within(drillFigure()).getByRole('list', { name: '支出功能分类' });
    expect(within(bars).getByRole('button', { name: /人力资源和社会保障管理事务/ })).toHaveTextContent('69.21（63.35%）');
    expect(within(bars).getByRole('button', { name: /一般行政管理事务/ })).toHaveTextContent('0.00（0%）');
    expect(screen.getByText('占收支总预算 63.35%')).toBeInTheDocument();
  });

  it('shows 教育支出, which states no amount, as 未说明 and never as 0', async () => {
    renderWithBudget(<SpendingSection id="spending" />);
    const figure = drillFigure();
    expect(within(figure).getByRole('button', { name: /教育支出/ })).toHaveTextContent(/教育支出未说明/);
    await showTable(figure);
    const cells = within(within(figure).getByRole('row', { name: /教育支出/ })).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['类', '未说明', '未说明']);
  });

  it('highlights the branch of a filter set in the URL and filters the detail table', async () => {
    renderWithBudget(<SpendingSection id="spending" />, { search: `?cat=${SOCIAL}` });
    const figure = drillFigure();
    expect(within(figure).getByRole('button', { name: new RegExp(SOCIAL) })).toHaveTextContent('已选中');
    expect(within(figure).getByRole('button', { name: /卫生健康支出/ })).not.toHaveTextContent('已选中');
    await showTable(figure);
    expect(within(figure).getByRole('button', { name: new RegExp(SOCIAL), pressed: true })).toBeInTheDocument();
    expect(within(figure).getByRole('button', { name: /卫生健康支出/, pressed: false })).toBeInTheDocument();

    const items = screen.getByRole('region', { name: '各项支出明细' });
    expect(within(items).getByText('筛选后 2 项（全部 7 项）')).toBeInTheDocument();
    // The filtered 项 add up to 23.48 against the 23.49 the document states for the 类.
    expect(rowText(items, '合计')).toMatch(/23\.48.*文件所列 23\.49 万元，各项合计与之相差 -0\.01 万元（见“核对”）/);
    expect(within(items).queryByRole('row', { name: /行政运行/ })).not.toBeInTheDocument();
    expect(rowText(items, '未归口管理的行政单位离退休')).toContain('保障离退休人员经费支出。');
  });

  it('shows the filtered amount and its share of the total at the top', () => {
    renderWithBudget(<SpendingSection id="spending" />, { search: `?cat=${SOCIAL}` });
    expect(screen.getByText('23.49 万元')).toBeInTheDocument();
    expect(screen.getByText('占收支总预算 21.50%')).toBeInTheDocument();
  });
});

describe('Spending items in detail', { timeout: 20_000 }, () => {
  it('lists every 项 with its 类 › 款 path, amount, share and purpose', () => {
    renderWithBudget(<SpendingSection id="spending" />);
    const items = screen.getByRole('region', { name: '各项支出明细' });
    // 教育支出 is a 类 listed with no amount: named apart, not counted as an item.
    expect(within(items).getByText('共 7 项；另列教育支出，未列金额，不计为一项')).toBeInTheDocument();
    expect(within(items).queryByRole('rowheader', { name: '教育支出' })).not.toBeInTheDocument();
    const total = rowText(items, '合计');
    expect(total).toContain('109.23');
    expect(total).toContain('文件所列 109.25 万元，各项合计与之相差 -0.02 万元（见“核对”）');
    const row = rowText(items, '住房公积金');
    expect(row).toContain('住房保障支出 › 住房改革支出');
    expect(row).toContain('10.70');
    expect(row).toContain('9.79%');
    expect(row).toContain('部门按人力资源和社会保障部');
  });
});
