import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import type { ValidationIssue } from '@/data/parseBudget';
import { downloadJson, openImported, type OpenOutcome } from './importedFile';
import { IssueNotes } from './IssueNotes';
import type { Review } from './useReview';

interface ReviewActionsProps {
  review: Review;
  fileName: string;
  onBack: () => void;
  onOpened: (outcome: Extract<OpenOutcome, { ok: true }>) => void;
}

const SECONDARY = 'rounded border border-line px-4 py-2 hover:bg-canvas';

/** Open the dashboard on the reviewed budget, download it, or start over; blocked (with why) while a value is invalid. */
export function ReviewActions({ review, fileName, onBack, onOpened }: ReviewActionsProps) {
  const { t } = useTranslation('importer');
  const queryClient = useQueryClient();
  const [opening, setOpening] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const [rejected, setRejected] = useState<ValidationIssue[]>([]);
  const box = useRef<HTMLDivElement>(null);

  // Invalid values stop both actions: point at the first one rather than save a file that would be refused.
  const ready = (): boolean => {
    if (review.problemCount === 0) return true;
    setBlocked(true);
    box.current?.closest('dialog')?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    return false;
  };
  const open = async () => {
    if (!ready()) return;
    setOpening(true);
    const outcome = await openImported(queryClient, review.value, fileName);
    setOpening(false);
    if (outcome.ok) onOpened(outcome);
    else setRejected(outcome.issues);
  };

  return (
    <div ref={box} className="sticky -bottom-2 -mx-4 mt-4 sm:-bottom-8 border-t border-line bg-paper px-4 py-3 sm:-mx-6 sm:px-6">
      {blocked && review.problemCount > 0 ? (
        <p role="alert" className="mb-2 font-semibold text-bad">
          {t('issues.fixFirst', { count: review.problemCount })}
        </p>
      ) : null}
      {rejected.length > 0 ? <IssueNotes issues={rejected} /> : null}
      <div role="group" aria-label={t('actions.label')} className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => void open()}
          disabled={opening}
          className="rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong disabled:opacity-70"
        >
          {opening ? t('actions.opening') : t('actions.open')}
        </button>
        <button type="button" onClick={() => ready() && downloadJson(review.value, fileName)} className={SECONDARY}>
          {t('actions.download')}
        </button>
        <button type="button" onClick={onBack} className={SECONDARY}>
          {t('actions.back')}
        </button>
      </div>
    </div>
  );
}
