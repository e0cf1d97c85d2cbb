import type { Ref } from 'react';
import { useTranslation } from '@/i18n/react';
import { IMPORT_TIME_LIMIT_MS } from './runImport';

interface BusyViewProps {
  name: string;
  onCancel: () => void;
  cancelRef?: Ref<HTMLButtonElement>;
}

/** Reading, in the background: what is read, that it stops by itself, and a way to stop it now. */
export function BusyView({ name, onCancel, cancelRef }: BusyViewProps) {
  const { t } = useTranslation('importer');
  return (
    <div className="py-8">
      <p role="status" aria-busy="true" className="flex items-center gap-3 text-lg">
        <span aria-hidden="true" className="inline-block size-5 animate-spin rounded-full border-4 border-line border-t-accent" />
        {t('dialog.busy', { name })}
      </p>
      <p className="mt-2 text-sm text-ink-soft">{t('dialog.busyHint', { seconds: IMPORT_TIME_LIMIT_MS / 1000 })}</p>
      <button ref={cancelRef} type="button" onClick={onCancel} className="mt-4 rounded border border-line px-4 py-2 hover:bg-canvas">
        {t('dialog.cancel')}
      </button>
    </div>
  );
}
