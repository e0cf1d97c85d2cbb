import { useTranslation } from '@/i18n/react';
import type { DatasetSource } from '@/data/datasetSource';
import { useKeepShown } from '@/state/datasetState';
import { DatasetNotFoundError } from '@/data/datasetLibrary';
import { ElsewhereNotice } from './ElsewhereNotice';
import { OutcomeView } from './OutcomeView';
import { problemFromError } from './problems';

/**
 * The dataset the URL asked for could not be shown, so the one shown before (`kept`)
 * or the seed is on screen: say which and why; dismissing it makes the URL match what is shown.
 */
export function SourceProblem({ label, error, kept }: { label: string; error: unknown; kept?: DatasetSource | undefined }) {
  const { t } = useTranslation('libraryReport');
  const keepShown = useKeepShown();
  if (error instanceof DatasetNotFoundError && !kept) return <ElsewhereNotice id={error.id} />;
  return (
    <div role="alert" className="border-b-2 border-bad bg-paper">
      <div className="mx-auto flex max-w-page items-start justify-between gap-3 px-4 py-3">
        <div className="min-w-0 flex-1">
          <p className="mb-2 font-semibold">{t(kept ? 'sourceFailedKept' : 'sourceFailed')}</p>
          <OutcomeView outcome={{ fileName: label, ok: false, problem: problemFromError(error, label) }} keepNote={false} />
        </div>
        <button
          type="button"
          onClick={() => keepShown(kept)}
          className="shrink-0 rounded border border-line px-3 py-1 text-sm hover:bg-canvas"
        >
          {t('close')}
        </button>
      </div>
    </div>
  );
}
