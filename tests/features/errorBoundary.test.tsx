import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from '@/components/ChartFrame';
import { SectionFrame } from '@/components/SectionFrame';
import { OverviewSection } from '@/features/overview';
import { renderWithBudget } from '../support/renderWithBudget';

/** A chart whose drawing code fails, as one would on data it does not expect. */
function BrokenChart(): never {
  throw new Error('扇区数据不完整');
}

const table = { columns: [{ key: 'name', label: '名称' }], rows: [{ key: 'a', cells: [{ display: '一般公共服务支出', csv: '一般公共服务支出' }] }] };

describe('a failure stays in its frame', () => {
  // React and the boundary report the error on the console; the page itself must carry on.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('a chart that throws shows a message inside its chart frame; its table and the rest of the section stay', async () => {
    const user = userEvent.setup();
    renderWithBudget(
      <SectionFrame id="spending" title="支出">
        <ChartFrame title="坏图" subtitle="单位：万元" chart={<BrokenChart />} table={table} />
        <ChartFrame title="好图" subtitle="单位：万元" chart={<p>好图的内容</p>} table={table} />
      </SectionFrame>,
    );
    const broken = screen.getByRole('figure', { name: '坏图' });
    expect(within(broken).getByRole('alert')).toHaveTextContent('此图无法显示：扇区数据不完整。表格和 CSV 仍可使用。');
    expect(within(screen.getByRole('figure', { name: '好图' })).getByText('好图的内容')).toBeInTheDocument();
    await user.click(within(broken).getByRole('tab', { name: '表格' }));
    expect(within(broken).getByRole('rowheader', { name: '一般公共服务支出' })).toBeInTheDocument();
    expect(within(broken).getByRole('button', { name: /CSV/ })).toBeInTheDocument();
  });

  it('a section that throws shows a message in that section, and the next section renders with the seed figures', () => {
    function BrokenSection(): never {
      throw new Error('人员数据不完整');
    }
    renderWithBudget(
      <>
        <SectionFrame id="staffing" title="人员">
          <BrokenSection />
        </SectionFrame>
        <OverviewSection id="overview" />
      </>,
    );
    expect(within(screen.getByRole('region', { name: '人员' })).getByRole('alert')).toHaveTextContent('本节出错：人员数据不完整');
    expect(within(screen.getByRole('region', { name: '概览' })).getAllByText('109.25 万元').length).toBeGreaterThan(0);
  });
});
