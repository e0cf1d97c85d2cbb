import { Suspense } from 'react';
import { lazyView } from '@/components/lazyView';
import { ChartFallback } from '@/components/charts';
import { memoChart } from '@/components/charts/memoChart';
import { LEFT_COLOR, RIGHT_COLOR, type PairedBarsProps } from './pairedBars';

/** Recharts stays off the first paint: the chart loads when the comparison is shown. It redraws only when its rows or their text change. */
const PairedBarsView = memoChart(
  lazyView(() => import('./PairedBarsView').then((m) => m.default)),
  {
    formatters: ['valueFormatter'],
    texts: ({ data, valueFormatter }) => data.flatMap((d) => [valueFormatter(d, 'left'), valueFormatter(d, 'right')]),
  },
);

/** The paired bars with a legend naming the two sides (the chart needs it: colours alone say nothing). */
export function PairedBars(props: PairedBarsProps) {
  return (
    <div>
      <ul className="mb-2 flex flex-wrap gap-4 text-sm">
        {[
          { name: props.leftName, color: LEFT_COLOR },
          { name: props.rightName, color: RIGHT_COLOR },
        ].map(({ name, color }) => (
          <li key={color} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ background: color }} />
            {name}
          </li>
        ))}
      </ul>
      <Suspense fallback={<ChartFallback id={props.id} height={props.height} />}>
        <PairedBarsView {...props} />
      </Suspense>
    </div>
  );
}
