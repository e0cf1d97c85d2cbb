import { useEffect, useId, useRef } from 'react';
import { downloadBlob, safeFileName } from '@/components/export/files';
import { colon } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import type { ExchangeIssue, ImportPlan } from '@/data/milestoneExchange';
import { statusOf, type MilestoneStatus, type StatusMap } from '@/domain/milestoneStatus';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { issueText, progressText } from './statusText';
import { stepLabel } from './taskText';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'problems'; fileName: string; issues: ExchangeIssue[] }
  | { kind: 'confirm'; fileName: string; incoming: Record<string, MilestoneStatus>; plan: ImportPlan }
  | { kind: 'done'; count: number; saved: boolean };

const BUTTON = 'rounded border border-line bg-paper px-3 py-1 hover:bg-canvas';
/** Lines listed before "and N more": a file of 150,000 unknown ids must not draw 150,000 items (the download has them all). */
const MAX_LISTED = 20;

interface ImportPanelProps {
  state: ImportState;
  current: StatusMap;
  onConfirm: (incoming: Record<string, MilestoneStatus>) => void;
  onClose: () => void;
}

/** What an import found: every problem by path (nothing changed), or what would change and a choice, or the outcome. */
export function ImportPanel({ state, current, onConfirm, onClose }: ImportPanelProps) {
  const { t } = useTranslation('keyWork');
  const format = useFormat();
  const budget = useBudgetModel();
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  // The panel appears away from the button that opened it: move focus there so keyboard users land on it.
  useEffect(() => panel.current?.focus(), [state.kind]);
  if (state.kind === 'idle') return null;

  const labels = new Map(budget.keyWork.flatMap((task) => task.milestones.map((m) => [m.id, stepLabel(m, format)])));
  const close = (
    <button type="button" className={BUTTON} onClick={onClose}>
      {t('progress.close')}
    </button>
  );
  if (state.kind === 'done') {
    return (
      <div ref={panel} tabIndex={-1} role="status" className={`flex flex-wrap items-center gap-2 ${state.saved ? 'text-good' : 'font-semibold text-bad'}`}>
        {state.saved ? `✓ ${t('progress.imported', { count: state.count })}` : `⚠ ${t('progress.importedMemory', { count: state.count })}`}
        {close}
      </div>
    );
  }
  if (state.kind === 'problems') {
    const line = (issue: ExchangeIssue) => `${issue.path}${colon(format.language)}${issueText(issue, t)}`;
    const hidden = state.issues.length - MAX_LISTED;
    return (
      <div ref={panel} tabIndex={-1} role="alert" className="rounded border border-bad bg-paper p-3">
        <p className="m-0 font-semibold text-bad">{t('progress.problemsTitle', { file: state.fileName, count: state.issues.length })}</p>
        <ul className="my-2 list-disc space-y-1 pl-5">
          {state.issues.slice(0, MAX_LISTED).map((issue, index) => (
            <li key={`${issue.path}-${index}`} className="break-words">
              <code className="rounded bg-canvas px-1 font-mono text-[0.85em]">{issue.path}</code>
              {colon(format.language)}
              {issueText(issue, t)}
            </li>
          ))}
        </ul>
        {hidden > 0 ? (
          <p className="my-2 flex flex-wrap items-center gap-2">
            {t('progress.moreProblems', { count: hidden })}
            <button
              type="button"
              className={BUTTON}
              onClick={() => downloadBlob(new Blob([`${state.issues.map(line).join('\n')}\n`], { type: 'text/plain' }), safeFileName(state.fileName.replace(/\.json$/i, ''), 'txt', { suffix: '-problems' }))}
            >
              {t('progress.downloadProblems', { count: state.issues.length })}
            </button>
          </p>
        ) : null}
        {close}
      </div>
    );
  }
  const { plan } = state;
  const words = (status: MilestoneStatus) => progressText(status, false, format.language, t);
  return (
    <section ref={panel} tabIndex={-1} aria-labelledby={titleId} className="rounded border border-accent bg-paper p-3">
      <h4 id={titleId} className="m-0 font-semibold">
        {t('progress.confirmTitle', { file: state.fileName })}
      </h4>
      <p className="my-1">
        {plan.total === 0
          ? t('progress.planEmpty')
          : t('progress.plan', {
              count: plan.total,
              added: plan.added.length,
              replaced: plan.replaced.length,
              unchanged: plan.unchanged.length,
              untouched: plan.untouched,
            })}
      </p>
      {plan.replaced.length > 0 ? (
        <>
          <p className="m-0 text-ink-soft">{t('progress.replaces')}</p>
          <ul className="mb-2 list-disc pl-5">
            {plan.replaced.slice(0, MAX_LISTED).map((id) => (
              <li key={id}>{t('progress.change', { label: labels.get(id) ?? id, from: words(statusOf(current, id)), to: words(state.incoming[id]!) })}</li>
            ))}
          </ul>
          {plan.replaced.length > MAX_LISTED ? <p className="mt-0 mb-2 text-ink-soft">{t('progress.moreChanges', { count: plan.replaced.length - MAX_LISTED })}</p> : null}
        </>
      ) : null}
      <div className="flex gap-2">
        {plan.total > 0 ? (
          <button type="button" className="rounded bg-accent px-3 py-1 text-white hover:bg-accent-strong" onClick={() => onConfirm(state.incoming)}>
            {t('progress.confirm')}
          </button>
        ) : null}
        <button type="button" className={BUTTON} onClick={onClose}>
          {t('progress.cancel')}
        </button>
      </div>
    </section>
  );
}
