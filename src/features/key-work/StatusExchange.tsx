import { useId, useState } from 'react';
import { downloadBlob } from '@/components/export/files';
import { useTranslation } from '@/i18n/react';
import { exportStatuses, MAX_STATUS_FILE_CHARS, planImport, statusFileName } from '@/data/milestoneExchange';
import { parseStatusFileAsync } from '@/data/statusFileAsync';
import { useBudgetModel } from '@/state/budgetContext';
import type { MilestoneStatuses } from '@/state/milestoneState';
import { ImportPanel, type ImportState } from './ImportPanel';

const BUTTON = 'rounded border border-line bg-paper px-2 py-1 text-ink hover:bg-canvas';

/** Statuses out as a JSON file, and back in: checked first, then what would change is shown before anything is written. */
export function StatusExchange({ statuses }: { statuses: MilestoneStatuses }) {
  const { t } = useTranslation('keyWork');
  const budget = useBudgetModel();
  const id = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const dataset = { department: budget.department.name, fiscalYear: budget.fiscalYear };
  const order = budget.keyWork.flatMap((task) => task.milestones.map((m) => m.id));

  const read = async (file: File) => {
    if (file.size > MAX_STATUS_FILE_CHARS * 4) {
      setState({ kind: 'problems', fileName: file.name, issues: [{ path: '(root)', code: 'too_large', expected: String(MAX_STATUS_FILE_CHARS) }] });
      return;
    }
    const result = await parseStatusFileAsync(await file.text(), dataset, new Set(order));
    if (!result.ok) setState({ kind: 'problems', fileName: file.name, issues: result.issues });
    else setState({ kind: 'confirm', fileName: file.name, incoming: result.statuses, plan: planImport(statuses.statuses, result.statuses) });
  };

  const apply = async (incoming: Extract<ImportState, { kind: 'confirm' }>['incoming']) => {
    const count = Object.keys(incoming).length;
    const saved = await statuses.setMany(new Map(Object.entries(incoming)));
    setState({ kind: 'done', count, saved: saved === 'saved' });
  };

  return (
    <div className="flex flex-col gap-2" data-chrome="">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={BUTTON}
          disabled={!statuses.ready}
          aria-describedby={`${id}-export-hint`}
          onClick={() => downloadBlob(new Blob([exportStatuses(dataset, statuses.statuses, order)], { type: 'application/json' }), statusFileName(dataset))}
        >
          {t('progress.export')}
        </button>
        <span id={`${id}-export-hint`} className="sr-only">
          {t('progress.exportHint')}
        </span>
        <span className="relative">
          <input
            id={`${id}-import`}
            type="file"
            accept=".json,application/json"
            className="peer sr-only"
            disabled={!statuses.ready}
            aria-describedby={`${id}-import-hint`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared so choosing the same file again still fires a change.
              event.target.value = '';
              if (file) void read(file);
            }}
          />
          <label htmlFor={`${id}-import`} className={`${BUTTON} cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-orange`}>
            {t('progress.import')}
          </label>
          <span id={`${id}-import-hint`} className="sr-only">
            {t('progress.importHint')}
          </span>
        </span>
      </div>
      <ImportPanel state={state} current={statuses.statuses} onConfirm={(incoming) => void apply(incoming)} onClose={() => setState({ kind: 'idle' })} />
    </div>
  );
}
