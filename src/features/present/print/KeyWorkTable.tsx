import { useTranslation } from '@/i18n/react';
import type { RenderedGanttRow, RenderedVisual } from '../slideModel';
import { monthOfPosition } from '@/domain/period';
import type { TFunction } from '@/i18n/translator';

type Mark = RenderedGanttRow['marks'][number];

/** When a step falls, in the axis's own month names: "3 月", "1 月–3 月", "1 月–12 月，定期". */
function whenText(mark: Mark, months: readonly string[], t: TFunction<'present'>): string {
  const name = (position: number) => months[monthOfPosition(position) - 1] ?? '';
  if (mark.kind === 'point') return name(mark.to);
  const from = name(mark.from + 1);
  const to = name(mark.to);
  if (mark.kind === 'recurring') return t('handout.recurring', { from, to });
  return from === to ? from : t('handout.range', { from, to });
}

/** The key-work timeline as a table: one line per dated step, and tasks without dates said as such. */
export function KeyWorkTable({ visual, title }: { visual: Extract<RenderedVisual, { kind: 'gantt' }>; title: string }) {
  const { rows, months, columns, undated } = visual;
  const { t } = useTranslation('present');
  if (rows.length === 0) return null;
  return (
    <table className="w-full border-collapse text-[11px] leading-snug">
      <caption className="mb-1 text-left text-[13px] font-semibold">{title}</caption>
      <thead>
        <tr className="border-b-2 border-line text-left text-ink-soft">
          <th scope="col" className="w-[28%] py-0.5 pr-2 font-semibold">{columns.task}</th>
          <th scope="col" className="py-0.5 pr-2 font-semibold">{columns.step}</th>
          <th scope="col" className="w-[18%] py-0.5 font-semibold">{t('handout.column.when')}</th>
        </tr>
      </thead>
      {rows.map((row) => (
        <tbody key={row.key} className="border-b border-line">
          {row.marks.length === 0 ? (
            <tr>
              <th scope="row" className="py-0.5 pr-2 text-left font-normal">{row.label}</th>
              <td className="py-0.5 pr-2" />
              <td className="py-0.5 italic text-ink-soft">{undated}</td>
            </tr>
          ) : (
            row.marks.map((mark, i) => (
              <tr key={mark.key}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={row.marks.length} className="py-0.5 pr-2 text-left align-top font-normal">
                    {row.label}
                  </th>
                ) : null}
                <td className={`py-0.5 pr-2 ${mark.overdue ? 'font-semibold text-bad' : ''}`}>{mark.label}</td>
                <td className="figure py-0.5 whitespace-nowrap">{whenText(mark, months, t)}</td>
              </tr>
            ))
          )}
        </tbody>
      ))}
    </table>
  );
}
