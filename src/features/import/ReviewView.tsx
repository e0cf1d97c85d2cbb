import type { Ref } from 'react';
import { useTranslation } from '@/i18n/react';
import type { Budget } from '@/data/budgetSchema';
import type { ImportReport } from '@/importer';
import { ConflictList } from './ConflictList';
import { FoundTable } from './FoundTable';
import type { OpenOutcome } from './importedFile';
import { IssueNotes } from './IssueNotes';
import { KeyWorkList } from './KeyWorkList';
import { MissingList } from './MissingList';
import { noteOf } from './notes';
import { ReviewActions } from './ReviewActions';
import { useFigureText } from './useFigureText';
import { useReview } from './useReview';

interface ReviewViewProps {
  headingRef?: Ref<HTMLHeadingElement>;
  budget: Budget;
  report: ImportReport;
  fileName: string;
  onBack: () => void;
  onOpened: (outcome: Extract<OpenOutcome, { ok: true }>) => void;
}

const HEADING = 'mt-6 mb-2 text-lg font-bold';

/** Every figure read beside its sentence, what was not found, conflicts, key work and notes; then open or download. */
export function ReviewView({ headingRef, budget, report, fileName, onBack, onOpened }: ReviewViewProps) {
  const { t } = useTranslation('importer');
  const review = useReview(budget);
  const text = useFigureText(budget.unit);
  const title = budget.source.title;
  const missing = report.notFound.filter((n) => n.reason !== 'conflict');
  const shared = { review, text, unit: budget.unit, title };
  return (
    <section aria-labelledby="import-review-title">
      <h3 ref={headingRef} id="import-review-title" tabIndex={-1} className="text-lg font-bold outline-none">
        {t('review.title')}
      </h3>
      <p className="font-semibold">{t('review.summary', { department: budget.department.name, year: budget.fiscalYear, unit: budget.unit })}</p>
      <p className="text-sm text-ink-soft">{t('review.counts', { found: report.found.length, missing: missing.length, conflicts: report.conflicts.length })}</p>
      <p className="mt-2 text-sm">{t('review.intro')}</p>
      {report.warnings.length > 0 ? (
        <div className="mt-3 rounded border border-orange bg-canvas p-2 text-sm">
          <p className="font-semibold">{t('notes.title')}</p>
          <ul className="list-disc pl-5">
            {report.warnings.map((warning) => {
              const note = noteOf(warning);
              return <li key={warning}>{'key' in note ? t(note.key, note.values) : note.text}</li>;
            })}
          </ul>
        </div>
      ) : null}
      {report.conflicts.length > 0 ? (
        <>
          <h4 className={`${HEADING} text-bad`}>{t('conflicts.title')}</h4>
          <p className="mb-2 text-sm">{t('conflicts.intro')}</p>
          <ConflictList conflicts={report.conflicts} {...shared} />
        </>
      ) : null}
      <h4 className={HEADING}>{t('review.found')}</h4>
      <FoundTable found={report.found} {...shared} />
      <h4 className={HEADING}>{t('missing.title')}</h4>
      <p className="mb-2 text-sm">{t('missing.intro')}</p>
      <MissingList missing={missing} {...shared} />
      <h4 className={HEADING}>{t('keyWork.title')}</h4>
      <p className="mb-2 text-sm">{t('keyWork.intro')}</p>
      <KeyWorkList tasks={budget.keyWork ?? []} />
      <IssueNotes issues={review.otherIssues} />
      <ReviewActions review={review} fileName={fileName} onBack={onBack} onOpened={onOpened} />
    </section>
  );
}
