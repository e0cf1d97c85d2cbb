import { useTranslation } from '@/i18n/react';
import type { MoneyUnit } from '@/domain/money';
import type { Conflict } from '@/importer';
import { canCorrect } from './applyCorrections';
import { FigureEditor } from './FigureEditor';
import { figureInfo } from './figureInfo';
import { ProvenanceQuote } from './ProvenanceQuote';
import type { FigureText } from './useFigureText';
import { editorBinding, type Review } from './useReview';

interface ConflictListProps {
  conflicts: readonly Conflict[];
  review: Review;
  text: FigureText;
  unit: MoneyUnit;
  title: string;
}

/** A figure stated twice with different values: both sentences and values, a button to use either, or a value typed in. */
export function ConflictList({ conflicts, review, text, unit, title }: ConflictListProps) {
  const { t } = useTranslation('importer');
  return (
    <ul className="space-y-3">
      {conflicts.map((conflict) => {
        const info = figureInfo(conflict.path);
        const label = text.label(info.label);
        return (
          <li key={conflict.path} className="rounded border border-bad p-3">
            <p className="font-semibold">{label}</p>
            <ol className="mt-2 space-y-2">
              {conflict.values.map((statement, index) => {
                const value = text.value(info, statement.value);
                return (
                  <li key={`${statement.provenance.sentence}-${index}`} className="grid gap-2 sm:grid-cols-[10rem_1fr] sm:gap-4">
                    <div className="flex flex-wrap items-start gap-2 sm:flex-col">
                      <span className="text-sm text-ink-soft">{t('conflicts.statement', { n: index + 1 })}</span>
                      <span className="font-semibold whitespace-nowrap tabular-nums">{value}</span>
                      {canCorrect(conflict.path) && typeof statement.value === 'number' ? (
                        <button
                          type="button"
                          className="rounded border border-line px-2 py-0.5 text-sm hover:bg-canvas"
                          aria-label={t('conflicts.useOf', { label, value })}
                          onClick={() => review.setEdit(conflict.path, String(statement.value))}
                        >
                          {t('conflicts.use', { value })}
                        </button>
                      ) : null}
                    </div>
                    <div className="text-sm">
                      <ProvenanceQuote provenance={statement.provenance} value={statement.value} title={title} />
                    </div>
                  </li>
                );
              })}
            </ol>
            <div className="mt-2">
              <FigureEditor path={conflict.path} info={info} original={undefined} {...editorBinding(review, conflict.path)} text={text} unit={unit} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
