import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/i18n/react';
import { Modal } from '@/components/Modal';
import { datasetQueryOptions } from '@/data/queries/storedBudget';
import type { LibraryEntry } from '@/data/datasetLibrary';
import { isLatestChoice, newChoice, showDataset, showIfLatest, useCompareSource, useCurrentSource } from '@/state/datasetState';
import { useDatasetLibrary } from '@/state/useDatasetLibrary';
import { useRemoveDataset } from '@/state/useLibraryWrites';
import { LibraryRow } from './LibraryRow';
import { reportSwitchFailure } from './problems';
import { parenthetical } from '@/i18n/format';

const REASON_KEYS = { record: 'dialog.reasonRecord', file: 'dialog.reasonFile', invalid: 'dialog.reasonInvalid' } as const;

/** The user's datasets: show, rename, export, remove; damaged entries listed apart, removable. */
export function LibraryDialog({ onClose }: { onClose: () => void }) {
  const { t, language } = useTranslation('libraryReport');
  const queryClient = useQueryClient();
  const library = useDatasetLibrary();
  const removal = useRemoveDataset();
  const current = useCurrentSource();
  const currentId = current.kind === 'stored' ? current.id : undefined;
  const [, setCompare, compareKey] = useCompareSource();

  const show = async (entry: LibraryEntry) => {
    const choice = newChoice();
    try {
      await queryClient.fetchQuery(datasetQueryOptions(entry.id));
      if (showIfLatest(choice, entry.id)) onClose();
    } catch (error) {
      if (isLatestChoice(choice)) reportSwitchFailure(queryClient, entry.name, error);
    }
  };
  const removed = (entry: LibraryEntry) => {
    queryClient.removeQueries({ queryKey: datasetQueryOptions(entry.id).queryKey });
    if (entry.id === currentId) showDataset(undefined);
    if (compareKey === entry.id) setCompare(undefined, { replace: true });
  };

  return (
    <Modal title={t('dialog.title')} onClose={onClose} closeLabel={t('close')}>
      <p className="mb-2 text-sm text-ink-soft">{t('dialog.intro')}</p>
      {library.storage ? (
        <p role="status" className="mb-2 rounded border border-bad p-2 text-sm text-bad">
          {t(`storage.${library.storage}`)}
        </p>
      ) : null}
      {library.entries.length === 0 ? <p className="py-4">{t('dialog.empty')}</p> : null}
      <ul aria-label={t('dialog.title')}>
        {library.entries.map((entry) => (
          <LibraryRow key={entry.id} entry={entry} current={entry.id === currentId} onShow={(e) => void show(e)} onRemoved={removed} />
        ))}
      </ul>
      {library.unreadable.length > 0 ? (
        <section aria-labelledby="library-unreadable" className="mt-4 rounded border border-bad p-3">
          <h3 id="library-unreadable" className="font-semibold text-bad">
            {t('dialog.unreadableTitle')}
          </h3>
          <p className="mb-2 text-sm text-ink-soft">{t('dialog.unreadableIntro')}</p>
          <ul>
            {library.unreadable.map((entry) => (
              <li key={String(entry.key)} className="flex flex-wrap items-center justify-between gap-2 border-t border-line py-2">
                <span className="break-words">
                  {entry.label} · {t(REASON_KEYS[entry.reason])}
                  {entry.issues ? parenthetical('', String(entry.issues.length), language) : ''}
                </span>
                <button
                  type="button"
                  onClick={() => removal.mutate(entry.key)}
                  className="rounded border border-line px-2.5 py-1 text-sm hover:bg-canvas"
                  aria-label={t('dialog.removeOf', { name: entry.label })}
                >
                  {t('dialog.remove')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Modal>
  );
}
