import { useId } from 'react';
import { downloadBlob } from '@/components/export/files';
import { useTranslation } from '@/i18n/react';
import type { MilestoneProgress } from '@/domain/milestoneStatus';
import type { AsOfDate, MilestoneStatuses } from '@/state/milestoneState';
import { statusFileName } from '@/data/milestoneExchange';
import { setAsideJson } from '@/data/milestoneRecord';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { StatusExchange } from './StatusExchange';
import { dayText } from './statusText';

interface ProgressControlsProps {
  fiscalYear: number;
  asOf: AsOfDate;
  progress: MilestoneProgress;
  statuses: MilestoneStatuses;
}

/** Above the timeline: the as-of day, the tally of statuses and what is overdue, storage problems, export and import. */
export function ProgressControls({ fiscalYear, asOf, progress, statuses }: ProgressControlsProps) {
  const { t } = useTranslation('keyWork');
  const format = useFormat();
  const budget = useBudgetModel();
  const id = useId();
  const { byStatus } = progress;
  const plan = progress.total > 0 && progress.unrecorded === progress.total;
  const date = dayText(asOf.asOf, format.language, t);

  return (
    <div className="flex flex-col gap-2 rounded border border-line bg-canvas p-3 text-sm">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <label className="flex flex-col gap-0.5 text-xs text-ink-soft">
          {t('progress.asOf')}
          <input
            type="date"
            className="rounded border border-line bg-paper px-2 py-1 text-sm text-ink tabular"
            min={`${fiscalYear}-01-01`}
            max={`${fiscalYear}-12-31`}
            value={asOf.asOf}
            aria-describedby={`${id}-asof-hint`}
            onChange={(event) => asOf.setAsOf(event.target.value || undefined)}
          />
        </label>
        {asOf.isToday ? null : (
          <button type="button" onClick={() => asOf.setAsOf(undefined)} className="rounded border border-line bg-paper px-2 py-1 hover:bg-canvas">
            {t('progress.asOfToday')}
          </button>
        )}
        <StatusExchange statuses={statuses} />
      </div>
      <p id={`${id}-asof-hint`} className="m-0">
        {/* With nothing reported the timeline is the plan: no tally of zeros, no verdict on time. */}
        {plan ? (
          <>
            {t('progress.planSummary', { date, total: format.count(progress.total) })}
            {asOf.clamped ? t('progress.asOfClamped', { year: fiscalYear }) : ''}
            {t('progress.separator')}
            <strong>{t('progress.onPlan')}</strong>
          </>
        ) : (
          <>
            {t('progress.summary', {
              date,
              total: format.count(progress.total),
              done: format.count(byStatus.done),
              inProgress: format.count(byStatus['in-progress']),
              delayed: format.count(byStatus.delayed),
              notStarted: format.count(byStatus['not-started']),
              unreported: format.count(progress.unrecorded),
            })}
            {asOf.clamped ? t('progress.asOfClamped', { year: fiscalYear }) : ''}
            {t('progress.separator')}
            <strong className={progress.overdue > 0 ? 'text-bad' : 'text-good'}>
              {progress.overdue > 0 ? `⚠ ${t('progress.overdueCount', { count: progress.overdue })}` : t('progress.noneOverdue')}
            </strong>
          </>
        )}
        <span className="text-ink-soft"> · {t('progress.asOfHint')}</span>
      </p>
      {statuses.cleared ? (
        <p role="alert" className="m-0 flex flex-wrap items-center gap-2 rounded border border-bad bg-paper px-3 py-2 font-medium text-bad">
          <span>⚠ {t('progress.sync.cleared')}</span>
          <button type="button" className="rounded border border-line bg-paper px-2 py-1 text-ink hover:bg-canvas" onClick={() => void statuses.saveAll()}>
            {t('progress.sync.saveAll')}
          </button>
        </p>
      ) : null}
      {statuses.storage ? (
        <p role="alert" className="m-0 rounded border border-bad bg-paper px-3 py-2 font-medium text-bad">
          ⚠ {t(`progress.storage.${statuses.storage}`)}
        </p>
      ) : null}
      {statuses.setAside.length > 0 ? (
        <p className="m-0 flex flex-wrap items-center gap-2 rounded border border-line bg-paper px-3 py-2 text-ink-soft">
          <span>{t('progress.setAside', { count: statuses.setAside.length, keys: statuses.setAside.map((e) => e.key).join(', ') })}</span>
          {/* The records as they were found, so nothing the reader typed is out of reach. */}
          <button
            type="button"
            className="rounded border border-line bg-paper px-2 py-1 text-ink hover:bg-canvas"
            onClick={() =>
              downloadBlob(
                new Blob([setAsideJson(statuses.setAside)], { type: 'application/json' }),
                statusFileName({ department: budget.department.name, fiscalYear: budget.fiscalYear }).replace(/\.json$/, '-set-aside.json'),
              )
            }
          >
            {t('progress.downloadSetAside')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
