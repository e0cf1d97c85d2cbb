import { useTranslation } from '@/i18n/react';
import type { MoneyUnit } from '@/domain/money';
import type { NotFound } from '@/importer';
import { canCorrect } from './applyCorrections';
import { FigureEditor } from './FigureEditor';
import { figureInfo } from './figureInfo';
import { ProvenanceQuote } from './ProvenanceQuote';
import type { FigureText } from './useFigureText';
import { editorBinding, type Review } from './useReview';

interface MissingListProps {
  missing: readonly NotFound[];
  review: Review;
  text: FigureText;
  unit: MoneyUnit;
  title: string;
}

/** Figures not found (or left out as unsure), with why, the sentence when there is one, and a way to fill them in. */
export function MissingList({ missing, review, text, unit, title }: MissingListProps) {
  const { t } = useTranslation('importer');
  if (missing.length === 0) return <p>{t('missing.none')}</p>;
  return (
    <ul className="divide-y divide-line">
      {missing.map((item, index) => {
        const info = figureInfo(item.path);
        return (
          <li key={`${item.path}-${index}`} className="grid gap-2 py-2 sm:grid-cols-[22%_26%_1fr] sm:gap-0 sm:[&>*]:px-2">
            <div className="min-w-0 break-words">
              <p className="font-semibold">{text.label(info.label)}</p>
              <p className="text-sm text-ink-soft">{t(`reason.${item.reason}`)}</p>
            </div>
            <div>
              {canCorrect(item.path) ? (
                <FigureEditor path={item.path} info={info} original={undefined} {...editorBinding(review, item.path)} text={text} unit={unit} />
              ) : (
                <p className="text-sm text-ink-soft">{t('missing.noInput')}</p>
              )}
            </div>
            <div className="text-sm">{item.provenance ? <ProvenanceQuote provenance={item.provenance} title={title} /> : null}</div>
          </li>
        );
      })}
    </ul>
  );
}
