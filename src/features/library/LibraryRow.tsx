import { useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { useQueryClient } from '@tanstack/react-query';
import type { LibraryEntry } from '@/data/datasetLibrary';
import { useRemoveDataset, useRenameDataset } from '@/state/useLibraryWrites';
import { formatBytes } from './bytes';
import { exportDataset } from './exportDataset';
import { reportSwitchFailure } from './problems';

interface LibraryRowProps {
  entry: LibraryEntry;
  current: boolean;
  onShow: (entry: LibraryEntry) => void;
  onRemoved: (entry: LibraryEntry) => void;
}

const BUTTON = 'rounded border border-line px-2.5 py-1 text-sm hover:bg-canvas';

/** One dataset: name and facts; show, rename, export, remove (with an inline confirmation). */
export function LibraryRow({ entry, current, onShow, onRemoved }: LibraryRowProps) {
  const { t } = useTranslation('libraryReport');
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  const [name, setName] = useState(entry.name);
  const queryClient = useQueryClient();
  const renaming = useRenameDataset();
  const removal = useRemoveDataset();

  const rename = async () => {
    await renaming.mutateAsync({ id: entry.id, name }).catch(() => undefined);
    setMode('view');
  };
  const remove = async () => {
    // Still stored when storage refused: the row stays and the dialog says why.
    await removal.mutateAsync(entry.id).then(
      () => onRemoved(entry),
      () => undefined,
    );
  };

  const cancel = (
    <button type="button" onClick={() => setMode('view')} className={BUTTON}>
      {t('dialog.cancel')}
    </button>
  );

  return (
    <li className="flex flex-col gap-2 border-b border-line py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        {mode === 'rename' ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void rename();
            }}
            className="flex flex-wrap items-center gap-2"
          >
            <input
              value={name}
              onChange={(event) => setName(event.target.value)}
              aria-label={t('dialog.renameLabel', { name: entry.name })}
              className="rounded border border-line px-2 py-1"
              maxLength={120}
            />
            <button type="submit" className={BUTTON}>
              {t('dialog.save')}
            </button>
            {cancel}
          </form>
        ) : (
          <p className="font-semibold break-words">
            {entry.name}
            {current ? <span className="ml-2 rounded bg-accent px-1.5 py-0.5 text-xs text-white">{t('dialog.current')}</span> : null}
            {entry.persisted ? null : <span className="ml-1 text-sm font-normal text-bad">{t('library:notSaved')}</span>}
          </p>
        )}
        <p className="text-sm text-ink-soft break-words">
          {entry.fileName} · {t('dialog.details', { department: entry.department, year: entry.fiscalYear, unit: entry.unit, size: formatBytes(entry.bytes) })}
        </p>
      </div>
      {mode === 'confirm' ? (
        <div role="group" aria-label={t('dialog.removeConfirm', { name: entry.name })} className="flex flex-wrap items-center gap-2">
          <span className="text-sm">{t('dialog.removeConfirm', { name: entry.name })}</span>
          <button type="button" onClick={() => void remove()} className="rounded bg-bad px-2.5 py-1 text-sm text-white">
            {t('dialog.remove')}
          </button>
          {cancel}
        </div>
      ) : (
        <div className="flex shrink-0 flex-wrap gap-2">
          {current ? null : (
            <button type="button" onClick={() => onShow(entry)} className={BUTTON} aria-label={t('dialog.showOf', { name: entry.name })}>
              {t('dialog.show')}
            </button>
          )}
          <button type="button" onClick={() => setMode('rename')} className={BUTTON} aria-label={t('dialog.renameOf', { name: entry.name })}>
            {t('dialog.rename')}
          </button>
          <button
            type="button"
            onClick={() => void exportDataset(queryClient, entry).catch((error: unknown) => reportSwitchFailure(queryClient, entry.name, error))}
            className={BUTTON}
            aria-label={t('dialog.exportOf', { name: entry.name })}
          >
            {t('dialog.export')}
          </button>
          <button type="button" onClick={() => setMode('confirm')} className={BUTTON} aria-label={t('dialog.removeOf', { name: entry.name })}>
            {t('dialog.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
