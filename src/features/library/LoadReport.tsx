import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from '@/i18n/react';
import { formatBytes } from './bytes';
import { setLoadStatus, useLoadStatus } from './loadStatus';
import { OutcomeView } from './OutcomeView';

const SUCCESS_MS = 8000;

/**
 * The outcome of the latest load, over the page: failures as an alert that stays
 * until closed (focus moves to it), a plain success as a status that fades.
 */
export function LoadReport() {
  const { t } = useTranslation('libraryReport');
  const queryClient = useQueryClient();
  const status = useLoadStatus();
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const failed = status.kind === 'done' && status.outcomes.some((o) => !o.ok || o.storage);

  useEffect(() => {
    if (status.kind !== 'done') return;
    if (failed) {
      if (document.activeElement !== panel.current) opener.current = document.activeElement as HTMLElement | null;
      panel.current?.focus();
      return;
    }
    const timer = setTimeout(() => setLoadStatus(queryClient, { kind: 'idle' }), SUCCESS_MS);
    return () => clearTimeout(timer);
  }, [status, failed, queryClient]);

  if (status.kind === 'idle') return null;
  const close = () => {
    setLoadStatus(queryClient, { kind: 'idle' });
    opener.current?.focus();
    opener.current = null;
  };
  return (
    <div className="pointer-events-none fixed inset-x-0 top-2 z-50 flex justify-center px-2">
      <div
        ref={panel}
        role={failed ? 'alert' : 'status'}
        tabIndex={-1}
        onKeyDown={(event) => event.key === 'Escape' && close()}
        className={`pointer-events-auto max-h-[70vh] w-full max-w-2xl overflow-auto rounded-lg border bg-paper p-4 shadow-lg ${failed ? 'border-bad' : 'border-line'}`}
        data-testid="load-report"
      >
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0 flex-1 space-y-3">
            {status.kind === 'reading' ? <p>{t('reading', { file: status.fileName, size: formatBytes(status.bytes) })}</p> : null}
            {status.kind === 'done' ? status.outcomes.map((outcome, index) => <OutcomeView key={`${outcome.fileName}-${index}`} outcome={outcome} />) : null}
          </div>
          {status.kind === 'done' ? (
            <button type="button" onClick={close} className="shrink-0 rounded border border-line px-3 py-1 text-sm hover:bg-canvas">
              {t('close')}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
