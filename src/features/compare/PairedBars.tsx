import { lazy, Suspense } from 'react';
import { ChartFallback } from '@/components/charts';
import { LEFT_COLOR, RIGHT_COLOR, type PairedBarsProps } from './pairedBars';

/** Recharts stays off the first paint: the chart loads when the comparison is shown. */
const PairedBarsView = lazy(() => import('./PairedBarsView'));

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
