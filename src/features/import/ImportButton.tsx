import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import type { StorageProblem } from '@/data/datasetStore';
import { OpenedNotice } from './OpenedNotice';

// The dialog (and the validation it uses) loads on first use, like the importer itself: none of it is in the first bundle.
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

/** The header's 导入说明 button: the import dialog, then a note on what was opened. */
export function ImportButton() {
  const { t } = useTranslation('actions');
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState<{ name: string; storage?: StorageProblem | undefined }>();
  const closeNotice = useCallback(() => setOpened(undefined), []);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className="rounded border border-white/40 px-2.5 py-1 text-white hover:bg-white/15">
        {t('importExplanation')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ImportDialog
            onClose={() => setOpen(false)}
            onOpened={(outcome) => {
              setOpen(false);
              setOpened({ name: outcome.entry.name, storage: outcome.storage });
            }}
          />
        </Suspense>
      ) : null}
      {opened ? <OpenedNotice name={opened.name} storage={opened.storage} onClose={closeNotice} /> : null}
    </>
  );
}
