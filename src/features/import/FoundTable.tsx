import { useTranslation } from 'react-i18next';
import type { MoneyUnit } from '@/domain/money';
import type { FoundFigure } from '@/importer';
import { FigureEditor } from './FigureEditor';
import { figureGroup, figureInfo, GROUPS } from './figureInfo';
import { ProvenanceQuote } from './ProvenanceQuote';
import type { FigureText } from './useFigureText';
import type { Review } from './useReview';

interface FoundTableProps {
  found: readonly FoundFigure[];
  review: Review;
  text: FigureText;
  unit: MoneyUnit;
  title: string;
}

const CELL = 'block px-0 py-1 sm:table-cell sm:px-2 sm:py-2 sm:align-top';

/**
 * Every figure read, grouped as the dashboard is, each beside its source
 * sentence. On a phone each row becomes a card; explicit roles keep the table
 * semantics when CSS changes how rows are displayed.
 */
export function FoundTable({ found, review, text, unit, title }: FoundTableProps) {
  const { t } = useTranslation('importer');
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
      {groups.map(({ group, figures }) => (
        <tbody key={group}>
          <tr role="row" className="block sm:table-row">
            <th role="rowheader" scope="rowgroup" colSpan={3} className="block bg-canvas px-2 py-1.5 text-left font-semibold sm:table-cell">
              {t(`group.${group}`)}
            </th>
          </tr>
          {figures.map((figure) => {
            const info = figureInfo(figure.path);
            return (
              <tr role="row" key={figure.path} className="block border-b border-line px-2 py-2 sm:table-row sm:p-0">
                <th role="rowheader" scope="row" className={`${CELL} text-left font-normal break-words`}>
                  {text.label(info.label)}
                </th>
                <td className={CELL}>
                  <FigureEditor path={figure.path} info={info} original={figure.value} review={review} text={text} unit={unit} />
                </td>
                <td className={`${CELL} text-sm`}>
                  <ProvenanceQuote provenance={figure.provenance} value={figure.value} title={title} />
                  {figure.statements > 1 ? <p className="mt-0.5 pl-3 text-xs text-ink-soft">{t('review.statedTimes', { count: figure.statements })}</p> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
