import { useEffect } from 'react';
import { useTranslation } from '@/i18n/react';
import type { StorageProblem } from '@/data/datasetStore';

const SUCCESS_MS = 8000;

interface OpenedNoticeProps {
  name: string;
  storage?: StorageProblem | undefined;
  onClose: () => void;
}

/**
 * After opening: the imported dataset's name, and when storage refused it the
 * library's own message (it lasts only for this page). That one stays until closed.
 */
export function OpenedNotice({ name, storage, onClose }: OpenedNoticeProps) {
  const { t } = useTranslation('importer');
  const { t: tLibrary } = useTranslation('libraryReport');

  useEffect(() => {
    if (storage) return;
    const timer = setTimeout(onClose, SUCCESS_MS);
    return () => clearTimeout(timer);
  }, [storage, onClose]);

  return (
    <div className="pointer-events-none fixed inset-x-0 top-2 z-50 flex justify-center px-2">
      <div
        role={storage ? 'alert' : 'status'}
        className={`pointer-events-auto flex w-full max-w-2xl items-start justify-between gap-3 rounded-lg border bg-paper p-4 text-ink shadow-lg ${storage ? 'border-bad' : 'border-line'}`}
      >
        <div className="min-w-0">
          <p className="break-words">{t('notice.opened', { name })}</p>
          {storage ? <p className="mt-1 font-semibold text-bad">{tLibrary(`storage.${storage}`)}</p> : null}
        </div>
        <button type="button" onClick={onClose} className="shrink-0 rounded border border-line px-3 py-1 text-sm hover:bg-canvas">
          {t('close')}
        </button>
      </div>
    </div>
  );
}
