import { useTranslation } from '@/i18n/react';
import { BarChart, ChartLegend, DonutChart } from '@/components/charts';
import type { RenderedDatum, RenderedTable, RenderedVisual } from './slideModel';
import { CompactTimeline } from './CompactTimeline';

/** The chart's height on the 960×540 stage: the whole chart area below the caption. */
const CHART_HEIGHT = 320;

/** The slide's own text for each value, fixed once for the screen and the .pptx. */
const slideText = (d: RenderedDatum) => d.valueLabel;

export function ChecksTable({ table }: { table: RenderedTable }) {
  return (
    <div>
      <table className="w-full border-collapse text-[14px]">
        <thead>
          <tr className="border-b-2 border-line text-left text-ink-soft">
            {table.columns.map((c, i) => (
              <th key={c} scope="col" className={`px-2 py-1 font-semibold ${i > 0 ? 'text-right' : ''}`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className="border-b border-line">
              {row.cells.map((cell, i) => (
                <td
                  key={i}
                  className={`px-2 py-1 ${i > 0 ? 'figure text-right' : ''} ${i === row.cells.length - 1 && row.tone === 'bad' ? 'font-semibold text-bad' : ''}`}
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.footnote ? <p className="mt-1 text-[13px] text-ink-soft">{table.footnote}</p> : null}
    </div>
  );
}

/** The slide's chart, drawn by shared chart components from the same rows the dashboard uses. */
export function SlideVisual({ id, visual, label }: { id: string; visual: RenderedVisual; label: string }) {
  const { t } = useTranslation('present');
  if (visual.kind === 'table') return <ChecksTable table={visual.table} />;
  if (visual.kind === 'gantt') {
    return (
      <CompactTimeline
        rows={visual.rows}
        months={visual.months}
        label={label}
        undatedLabel={visual.undated}
        overdueLabel={(count) => t('keyWork:progress.overdueCount', { count })}
      />
    );
  }
  if (visual.kind === 'donut') {
    return (
      <div className="grid h-full grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)] items-center gap-4">
        <DonutChart id={id} data={visual.data} valueFormatter={slideText} ariaLabel={label} height={CHART_HEIGHT} />
        <ChartLegend data={visual.data} valueFormatter={slideText} />
      </div>
    );
  }
  // The dashboard's own Recharts bars, every value written out; the stage's scale makes them projector-sized.
  return <BarChart id={id} data={visual.data} valueFormatter={slideText} ariaLabel={label} height={CHART_HEIGHT} />;
}
