import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { ColumnChart, preloadCharts } from '@/components/charts';
import { lazyView } from '@/components/lazyView';

function Figure({ text }: { text: string }) {
  return <p>{text}</p>;
}

describe('lazyView', () => {
  it('waits for code that has not arrived, behind its Suspense fallback', async () => {
    const View = lazyView(() => Promise.resolve(Figure));
    render(
      <Suspense fallback={<p>载入中</p>}>
        <View text="109.25 万元" />
      </Suspense>,
    );
    expect(screen.getByText('载入中')).toBeInTheDocument();
    expect(await screen.findByText('109.25 万元')).toBeInTheDocument();
  });

  it('draws at once, with no fallback, once its code has arrived', async () => {
    // React.lazy suspends on a first mount even then; a fallback shown in a transition stays for at least 300 ms.
    const View = lazyView(() => Promise.resolve(Figure));
    await View.preload();
    render(
      <Suspense fallback={<p>载入中</p>}>
        <View text="109.25 万元" />
      </Suspense>,
    );
    expect(screen.getByText('109.25 万元')).toBeInTheDocument();
    expect(screen.queryByText('载入中')).not.toBeInTheDocument();
  });

  it('a Recharts chart mounted after its chunk has arrived is drawn in its first commit, not as a grey box', async () => {
    await preloadCharts();
    const { container } = render(
      <ColumnChart
        id="staffing-counts"
        data={[
          // The seed: 总编制 12 名, 在职人员总数 9.
          { key: 'approved', label: '总编制', value: 12 },
          { key: 'actual', label: '在职人员', value: 9 },
        ]}
        valueFormatter={(d) => `${d.value} 人`}
        ariaLabel="编制与人员"
        height={200}
      />,
    );
    expect(container.querySelector('[data-chart-fallback]')).toBeNull();
    expect(container.querySelector('.recharts-responsive-container')).not.toBeNull();
  });
});
