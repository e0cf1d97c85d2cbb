import { Suspense } from 'react';
import { lazyView } from '@/components/lazyView';
import { memoChart } from '@/components/charts/memoChart';
import type { CumulativeColumnsProps } from './CumulativeColumnsView';

/** Recharts loads with the opened panel, not with the page. The columns redraw only when their figures or text change. */
const CumulativeColumnsView = memoChart(
  lazyView(() => import('./CumulativeColumnsView').then((m) => m.default)),
  {
    formatters: ['valueFormatter'],
    texts: ({ monthly, recorded, valueFormatter }) => [...monthly, ...(recorded ?? [])].map((m) => valueFormatter(m.cumulative)),
  },
);

/** The columns' drawing height; the legend sits above it. */
export const COLUMNS_HEIGHT = 200;

/** Twelve months, each with the planned column (outlined) and, once recorded, the paid column (solid) beside it. */
export function CumulativeColumns(props: CumulativeColumnsProps & { ariaLabel: string }) {
  const { ariaLabel, ...view } = props;
  return (
    <div role="img" aria-label={ariaLabel} className="flex flex-col gap-1">
      <div aria-hidden="true" className="flex gap-4 text-xs text-ink-soft">
        <span className="flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm border-2 border-accent bg-accent/20" />
          {props.seriesLabels.plan}
        </span>
        {props.recorded ? (
          <span className="flex items-center gap-1">
            <span className="inline-block h-3 w-3 rounded-sm bg-accent-strong" />
            {props.seriesLabels.recorded}
          </span>
        ) : null}
      </div>
      <Suspense fallback={<div data-chart-id={props.id} aria-hidden="true" style={{ height: COLUMNS_HEIGHT }} />}>
        <CumulativeColumnsView {...view} height={COLUMNS_HEIGHT} />
      </Suspense>
    </div>
  );
}
