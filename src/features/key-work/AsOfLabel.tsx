import { axisPercent } from '@/domain/charts/keyWorkSpecs';
import { MONTHS_IN_YEAR } from '@/domain/period';
import { ROW_GRID } from './TimelineTaskRow';

/** Names the as-of day above the dotted line that runs down the rows; the text turns back before the year's end. */
export function AsOfLabel({ at, label }: { at: number; label: string }) {
  const left = axisPercent(at);
  const before = at > MONTHS_IN_YEAR / 2;
  return (
    <div aria-hidden="true" className={`${ROW_GRID} h-5 text-xs`}>
      <span className="hidden sm:block" />
      <div className="relative">
        {/* Its border continues the dotted line up to the text. */}
        <span
          className={`absolute top-0 whitespace-nowrap border-dotted border-bad px-1 font-semibold leading-5 text-bad ${before ? '-translate-x-full border-r-2' : 'border-l-2'}`}
          style={{ left: before ? `calc(${left}% + 2px)` : `${left}%` }}
        >
          {label}
        </span>
      </div>
    </div>
  );
}
