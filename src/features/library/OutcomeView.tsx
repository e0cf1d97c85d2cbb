import { useTranslation } from '@/i18n/react';
import { MAX_FILE_BYTES } from '@/data/limits';
import { formatBytes } from './bytes';
import { IssueList } from './IssueList';
import type { FileOutcome } from './loadStatus';

/** One file's outcome: what was loaded (and whether it was kept), or every reason it was not. */
export function OutcomeView({ outcome, keepNote = true }: { outcome: FileOutcome; keepNote?: boolean }) {
  const { t } = useTranslation('libraryReport');
  if (outcome.ok) {
    return (
      <div>
        <p>
          {t('loaded', { name: outcome.entry.name, file: outcome.fileName })} {outcome.storage ? null : t('loadedSaved')}
        </p>
        {outcome.storage ? <p className="mt-1 font-semibold text-bad">{t(`storage.${outcome.storage}`)}</p> : null}
      </div>
    );
  }
  const { problem } = outcome;
  return (
    <div>
      <h3 className="font-semibold text-bad">{t('failedTitle', { file: outcome.fileName })}</h3>
      {keepNote ? <p className="mb-2 text-sm text-ink-soft">{t('failedKeep')}</p> : null}
      {problem.kind === 'invalid' ? <IssueList issues={problem.issues} /> : null}
      {problem.kind === 'tooLarge' ? (
        <p>{t('tooLarge', { size: formatBytes(problem.bytes), limit: formatBytes(MAX_FILE_BYTES) })}</p>
      ) : null}
      {problem.kind === 'redirected' ? <p>{t('redirected')}</p> : null}
      {problem.kind === 'unreadable' ? <p>{t('unreadableFile', { detail: problem.detail })}</p> : null}
      {problem.kind === 'timeout' ? <p>{t('timeout', { seconds: problem.seconds })}</p> : null}
      {problem.kind === 'notFound' ? <p>{t('notFound', { id: problem.id })}</p> : null}
      {problem.kind === 'damaged' ? <p>{t('unreadableEntry', { name: problem.name })}</p> : null}
    </div>
  );
}
