import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DatasetSwitcher } from './DatasetSwitcher';
import { LibraryDialog } from './LibraryDialog';
import { OpenFileButton } from './OpenFileButton';

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
      {open ? <LibraryDialog onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
