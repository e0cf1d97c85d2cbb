import { useMemo, useState, type Ref } from 'react';
import { useTranslation } from '@/i18n/react';
import type { Budget } from '@/data/budgetSchema';
import type { MoneyUnit } from '@/domain/money';
import type { ImportReport } from '@/importer';
import type { RequiredField } from '@/importer/types';
import { ConflictList } from './ConflictList';
import { FoundTable } from './FoundTable';
import { jsonFileName, type OpenOutcome } from './importedFile';
import { IssueNotes } from './IssueNotes';
import { KeyWorkList } from './KeyWorkList';
import { MissingList } from './MissingList';
import { noteOf } from './notes';
import { RequiredFields } from './RequiredFields';
import { fillOf, withFills, type Fills } from './requiredFills';
import { ReviewActions } from './ReviewActions';
import { useFigureText } from './useFigureText';
import { useReview } from './useReview';

/** What was imported: a complete budget (nothing to fill) or a draft lacking the fields named. */
export interface Imported {
  value: Record<string, unknown>;
  toFill: readonly RequiredField[];
}

interface ReviewViewProps {
  headingRef?: Ref<HTMLHeadingElement>;
  imported: Imported;
  report: ImportReport;
  /** The file's name, for the downloaded JSON's; none for pasted text. */
  sourceName: string | undefined;
  onBack: () => void;
  onOpened: (outcome: Extract<OpenOutcome, { ok: true }>) => void;
}

const HEADING = 'mt-6 mb-2 text-lg font-bold';

/** What was missing asked for first, then every figure read beside its sentence, what was not found, conflicts, key work and notes; then open or download. */
export function ReviewView({ headingRef, imported, report, sourceName, onBack, onOpened }: ReviewViewProps) {
  const { t } = useTranslation('importer');
  const { toFill } = imported;
  const [fills, setFills] = useState<Fills>({});
  const base = useMemo(() => (toFill.length > 0 ? withFills(imported.value, toFill, fills) : imported.value), [imported.value, toFill, fills]);
  const budget = base as Partial<Budget>;
  const review = useReview(base);
  const unit = budget.unit as MoneyUnit;
  const text = useFigureText(unit);
  const title = budget.source?.title ?? '';
  // Fields being filled in are asked for above; they are not also listed as not found.
  const missing = report.notFound.filter((n) => n.reason !== 'conflict' && !toFill.includes(n.path as RequiredField));
  const otherIssues = review.otherIssues.filter((issue) => !fillOf(issue, toFill));
  const shared = { review, text, unit, title };
  const name = budget.department?.name ?? t('required.unknown');
  const year = budget.fiscalYear ?? t('required.unknown');
  const fileName = jsonFileName(sourceName, `${name}-${year}`);
  return (
    <section aria-labelledby="import-review-title">
      <h3 ref={headingRef} id="import-review-title" tabIndex={-1} className="text-lg font-bold outline-none">
        {t('review.title')}
      </h3>
      <p className="font-semibold">{t('review.summary', { department: name, year, unit })}</p>
      <p className="text-sm text-ink-soft">{t('review.counts', { found: report.found.length, missing: missing.length, conflicts: report.conflicts.length })}</p>
      <RequiredFields
        toFill={toFill}
        fills={fills}
        onFill={(field, raw) => setFills((previous) => ({ ...previous, [field]: raw }))}
        issuesOf={(field) => review.otherIssues.filter((issue) => fillOf(issue, toFill) === field)}
        unit={unit}
      />
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
      <IssueNotes issues={otherIssues} />
      <ReviewActions review={review} fileName={fileName} onBack={onBack} onOpened={onOpened} />
    </section>
  );
}
