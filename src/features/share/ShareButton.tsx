import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { useViewLink } from '@/state/urlState';
import { useLoadedBudget } from '@/state/budgetContext';
import { readMilestoneStatuses } from '@/state/readMilestoneStatuses';
import { saveSharedFile, ShareShellMissingError } from './saveSharedFile';

type Status = 'idle' | 'saving' | 'saved' | 'unavailable' | 'failed';

/** Saves the dashboard as one HTML file a colleague opens offline: this dataset, its statuses, this view. */
export function ShareButton() {
  const { t } = useTranslation('actions');
  const loaded = useLoadedBudget();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>('idle');
  const link = useViewLink();

  const share = async () => {
    setStatus('saving');
    try {
      await saveSharedFile(loaded, await readMilestoneStatuses(queryClient, loaded.sourceId), link({}));
      setStatus('saved');
    } catch (error) {
      setStatus(error instanceof ShareShellMissingError ? 'unavailable' : 'failed');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={() => void share()}
        disabled={status === 'saving'}
        title={t('shareHint')}
        className="rounded-md border border-white/40 px-3 py-1.5 hover:bg-white/15 disabled:opacity-60"
      >
        {t('share')}
      </button>
      <span role="status" className="text-white/85">
        {status === 'idle' || status === 'saving' ? '' : t(`shareStatus.${status}`)}
      </span>
    </span>
  );
}
