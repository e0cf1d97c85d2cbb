import { useId } from 'react';
import { useTranslation } from '@/i18n/react';
import { NOTE_MAX_CHARS } from '@/data/milestoneRecord';
import { recordedStatus, statusOf, STATUS_KINDS, type MilestoneStatus, type StatusKind } from '@/domain/milestoneStatus';
import type { MilestoneStatuses } from '@/state/milestoneState';
import { noticeText, statusName } from './statusText';

const FIELD = 'rounded border border-line bg-paper px-2 py-1 text-sm text-ink disabled:opacity-60';

/** One step's status, date and note; each change is saved at once and the outcome shown beside it. */
export function StatusControl({ milestoneId, progress }: { milestoneId: string; progress: MilestoneStatuses }) {
  const { t } = useTranslation('keyWork');
  const id = useId();
  const current = statusOf(progress.statuses, milestoneId);
  // A step nobody reported on reads as such, not as "not started": that is a report of its own.
  const reported = recordedStatus(progress.statuses, milestoneId) !== undefined;
  const save = progress.saves[milestoneId];
  // Only the field changed: the others stay as stored, where another tab may have changed them.
  const change = (fields: Partial<MilestoneStatus>) => void progress.set(milestoneId, fields);
  const notices = progress.notices[milestoneId] ?? [];
  // Until the stored statuses are read, an edit could overwrite one the screen has not shown yet.
  const disabled = !progress.ready;

  return (
    <div className="mt-1 grid gap-2 sm:grid-cols-[auto_auto_minmax(0,1fr)] sm:items-start">
      <label className="flex flex-col gap-0.5 text-xs text-ink-soft">
        {t('progress.status')}
        <select
          className={FIELD}
          value={reported ? current.status : ''}
          disabled={disabled}
          onChange={(event) => {
            if (event.target.value !== '') change({ status: event.target.value as StatusKind });
          }}
        >
          {reported ? null : <option value="">{t('progress.unreported')}</option>}
          {STATUS_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {statusName(kind, t)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-0.5 text-xs text-ink-soft">
        {t('progress.date')}
        <input
          type="date"
          className={`${FIELD} tabular`}
          value={current.date ?? ''}
          disabled={disabled}
          aria-describedby={`${id}-date-hint`}
          onChange={(event) => change({ date: event.target.value })}
        />
      </label>
      <span id={`${id}-date-hint`} className="sr-only">
        {t('progress.dateHint')}
      </span>
      <label className="flex flex-col gap-0.5 text-xs text-ink-soft">
        {t('progress.note')}
        <textarea
          className={`${FIELD} min-h-9`}
          rows={2}
          maxLength={NOTE_MAX_CHARS}
          value={current.note ?? ''}
          disabled={disabled}
          onChange={(event) => change({ note: event.target.value })}
        />
      </label>
      <p role="status" className={`m-0 min-h-4 text-xs sm:col-span-3 ${save === 'memory' ? 'font-semibold text-bad' : 'text-ink-soft'}`}>
        {save === 'saving' ? t('progress.saving') : save === 'saved' ? `✓ ${t('progress.saved')}` : save === 'memory' ? `⚠ ${t('progress.memory')}` : ''}
        {notices.length > 0 ? <span className="block font-semibold text-bad">⚠ {noticeText(notices, t)}</span> : null}
      </p>
    </div>
  );
}
