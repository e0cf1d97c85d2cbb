import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ColumnChart, preloadCharts } from '@/components/charts';

/** The staffing chart, with the seed's figures: 总编制 12 名, 在职人员总数 9. */
const staffing = (id: string) => (
  <ColumnChart
    id={id}
    data={[
      { key: 'approved', label: '总编制', value: 12 },
      { key: 'actual', label: '在职人员', value: 9 },
    ]}
    valueFormatter={(d) => `${d.value} 人`}
    ariaLabel="编制与人员"
    height={200}
  />
);
const drawn = (id: string) => document.querySelector(`[data-chart-id="${id}"] .recharts-responsive-container`);
const greyBox = (id: string) => document.querySelector(`[data-chart-id="${id}"][data-chart-fallback]`);

// In this order: the first chart mounted in this file is the page's first screen.
describe('Recharts charts and the first paint', () => {
  it('on the first screen, a chart commits as its box and is drawn a frame later, so the figures paint first', async () => {
    await preloadCharts();
    render(staffing('first-screen'));
    expect(greyBox('first-screen')).not.toBeNull();
    expect(drawn('first-screen')).toBeNull();
    await waitFor(() => expect(drawn('first-screen')).not.toBeNull());
    expect(greyBox('first-screen')).toBeNull();
  });

  it('after that, a chart mounted once its chunk has arrived is drawn in its first commit, never as a grey box', async () => {
    await preloadCharts();
    render(staffing('first-screen'));
    await waitFor(() => expect(drawn('first-screen')).not.toBeNull());
    // React.lazy would suspend here, and a fallback shown in a transition stays for at least 300 ms.
    render(staffing('section-drawn-later'));
    expect(greyBox('section-drawn-later')).toBeNull();
    expect(drawn('section-drawn-later')).not.toBeNull();
  });
});
