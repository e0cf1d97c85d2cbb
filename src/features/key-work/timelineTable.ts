/** The timeline's table view and CSV: one row per dated step, one per task without any. */
import type { TFunction } from '@/i18n/translator';
import type { TableData } from '@/components/table';
import { timelineEntries } from '@/domain/charts/keyWorkSpecs';
import { recordedStatus, type StatusMap } from '@/domain/milestoneStatus';
import type { TimelineRow } from '@/domain/timeline';
import type { Formatter } from '@/i18n/formatter';
import { endText, kindText, problemText, startText } from './markText';
import { progressText } from './statusText';
import { taskTitle } from './taskText';

export interface TableProgress {
  statuses: StatusMap;
  overdue: ReadonlySet<string>;
}

export function timelineTable(rows: readonly TimelineRow[], format: Formatter, t: TFunction<'keyWork'>, fiscalYear: number, progress: TableProgress): TableData {
  const notStated = t('common:notStated');
  return {
    columns: [
      { key: 'task', label: t('columns.task') },
      { key: 'milestone', label: t('columns.milestone') },
      { key: 'start', label: t('columns.start') },
      { key: 'end', label: t('columns.end') },
      { key: 'kind', label: t('columns.kind') },
      { key: 'status', label: t('progress.columns.status') },
      { key: 'note', label: t('progress.columns.note') },
    ],
    rows: timelineEntries(rows).map((entry) => {
      const title = taskTitle(entry.task, format);
      const cell = (text: string, csv: string | number = text) => ({ display: text, csv });
      const mark = entry.mark;
      if (!mark) return { key: entry.key, cells: [cell(title), cell(t('timeline.noDates')), cell(''), cell(''), cell(t('kind.none')), cell(''), cell('')] };
      const problem = problemText(mark, t, fiscalYear);
      const kind = problem ? `${kindText(mark, t)} · ${problem}` : kindText(mark, t);
      const start = startText(mark, format.language, t);
      const status = recordedStatus(progress.statuses, mark.milestone.id);
      return {
        key: entry.key,
        cells: [
          cell(title),
          cell(format.name({ name: mark.milestone.label, nameEn: mark.milestone.labelEn })),
          cell(start ?? notStated, mark.milestone.start ?? ''),
          cell(endText(mark, format.language, t), mark.milestone.end),
          cell(kind),
          cell(progressText(status, progress.overdue.has(mark.milestone.id), format.language, t)),
          cell(status?.note ?? ''),
        ],
      };
    }),
  };
}
