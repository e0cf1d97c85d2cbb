import { useState } from 'react';
import { useTranslation } from '@/i18n/react';
import type { MoneyUnit } from '@/domain/money';
import type { FoundFigure } from '@/importer';
import { figureGroup, GROUPS, type FigureGroup } from './figureInfo';
import { FoundRow } from './FoundRow';
import type { FigureText } from './useFigureText';
import { editorBinding, type Review } from './useReview';

interface FoundTableProps {
  found: readonly FoundFigure[];
  review: Review;
  text: FigureText;
  unit: MoneyUnit;
  title: string;
}

/** Rows shown per group before "show more": a 100-page document yields thousands of figures. */
const PAGE = 60;

/**
 * Every figure read, grouped as the dashboard is, each beside its source
 * sentence. On a phone each row becomes a card; explicit roles keep the table
 * semantics when CSS changes how rows are displayed.
 */
export function FoundTable({ found, review, text, unit, title }: FoundTableProps) {
  const { t } = useTranslation('importer');
  const [shown, setShown] = useState<Partial<Record<FigureGroup, number>>>({});
  const groups = GROUPS.map((group) => ({ group, figures: found.filter((f) => figureGroup(f.path) === group) })).filter((g) => g.figures.length > 0);
  return (
    <table role="table" className="w-full border-collapse text-sm sm:table-fixed sm:text-base">
      <caption className="sr-only">{t('review.foundCaption')}</caption>
      <thead className="sr-only sm:not-sr-only sm:table-header-group">
        <tr role="row" className="border-b-2 border-line text-left text-ink-soft">
          <th role="columnheader" scope="col" className="px-2 py-2 font-semibold sm:w-[22%]">
            {t('columns.figure')}
          </th>
          <th role="columnheader" scope="col" className="px-2 py-2 font-semibold sm:w-[26%]">
            {t('columns.value')}
          </th>
          <th role="columnheader" scope="col" className="px-2 py-2 font-semibold">
            {t('columns.source')}
          </th>
        </tr>
      </thead>
      {groups.map(({ group, figures }) => {
        const limit = shown[group] ?? PAGE;
        return (
          <tbody key={group}>
            <tr role="row" className="block sm:table-row">
              <th role="rowheader" scope="rowgroup" colSpan={3} className="block bg-canvas px-2 py-1.5 text-left font-semibold sm:table-cell">
                {t(`group.${group}`)}
              </th>
            </tr>
            {figures.slice(0, limit).map((figure) => (
              <FoundRow key={figure.path} figure={figure} {...editorBinding(review, figure.path)} text={text} unit={unit} title={title} />
            ))}
            {figures.length > limit ? (
              <tr role="row" className="block sm:table-row">
                <td colSpan={3} className="block px-2 py-2 sm:table-cell">
                  <button
                    type="button"
                    onClick={() => setShown({ ...shown, [group]: limit + PAGE * 5 })}
                    className="rounded border border-line px-3 py-1 text-sm hover:bg-canvas"
                  >
                    {t('review.showMore', { count: Math.min(PAGE * 5, figures.length - limit), total: figures.length - limit, group: t(`group.${group}`) })}
                  </button>
                </td>
              </tr>
            ) : null}
          </tbody>
        );
      })}
    </table>
  );
}
