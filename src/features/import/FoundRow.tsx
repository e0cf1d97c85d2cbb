import { memo } from 'react';
import { useTranslation } from '@/i18n/react';
import type { ValidationIssue } from '@/data/parseBudget';
import type { MoneyUnit } from '@/domain/money';
import type { FoundFigure } from '@/importer';
import { FigureEditor } from './FigureEditor';
import { figureInfo } from './figureInfo';
import { ProvenanceQuote } from './ProvenanceQuote';
import type { FigureText } from './useFigureText';

interface FoundRowProps {
  figure: FoundFigure;
  raw: string | undefined;
  issues: readonly ValidationIssue[];
  onEdit: (path: string, raw: string | undefined) => void;
  text: FigureText;
  unit: MoneyUnit;
  title: string;
}

const CELL = 'block px-0 py-1 sm:table-cell sm:px-2 sm:py-2 sm:align-top';

/** One figure read: label, value (with its correction), and the sentence it came from. */
export const FoundRow = memo(function FoundRow({ figure, raw, issues, onEdit, text, unit, title }: FoundRowProps) {
  const { t } = useTranslation('importer');
  const info = figureInfo(figure.path);
  return (
    <tr role="row" className="block border-b border-line px-2 py-2 sm:table-row sm:p-0">
      <th role="rowheader" scope="row" className={`${CELL} text-left font-normal break-words`}>
        {text.label(info.label)}
      </th>
      <td className={CELL}>
        <FigureEditor path={figure.path} info={info} original={figure.value} raw={raw} issues={issues} onEdit={onEdit} text={text} unit={unit} />
      </td>
      <td className={`${CELL} text-sm`}>
        <ProvenanceQuote provenance={figure.provenance} value={figure.value} title={title} />
        {figure.statements > 1 ? <p className="mt-0.5 pl-3 text-xs text-ink-soft">{t('review.statedTimes', { count: figure.statements })}</p> : null}
        {figure.approximate ? <p className="mt-0.5 pl-3 text-xs font-semibold">{t('review.approximate')}</p> : null}
        {figure.derived ? <p className="mt-0.5 pl-3 text-xs font-semibold">{t('review.derived')}</p> : null}
      </td>
    </tr>
  );
});
