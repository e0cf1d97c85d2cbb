import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { DatasetSwitcher } from './DatasetSwitcher';
import { OpenFileButton } from './OpenFileButton';

/** Opened now and then, so it is fetched when asked for rather than with the page. */
const LibraryDialog = lazy(() => import('./LibraryDialog').then((m) => ({ default: m.LibraryDialog })));

/** The header's dataset controls: switcher, file picker, library management. */
export function LibraryActions() {
  const { t } = useTranslation('library');
  const [open, setOpen] = useState(false);
  return (
    <div role="group" aria-label={t('dataset')} className="flex flex-wrap items-center gap-2">
      <DatasetSwitcher />
      <OpenFileButton />
      <button type="button" onClick={() => setOpen(true)} className="rounded border border-white/40 px-2.5 py-1 text-white hover:bg-white/15">
        {t('manage')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <LibraryDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
