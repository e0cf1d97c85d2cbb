/** Where the dialog goes once an import run ends: the review, or back to choosing with why. */
import type { ImportReport } from '@/importer';
import type { ImportFailure } from './failure';
import type { Imported } from './ReviewView';
import type { RunOutcome } from './runImport';

export type Stage =
  | { kind: 'choose'; failure?: ImportFailure; cancelled?: string }
  | { kind: 'busy'; name: string }
  | { kind: 'review'; imported: Imported; report: ImportReport; sourceName: string | undefined };

export function stageAfter(outcome: RunOutcome, name: string, sourceName: string | undefined): Stage {
  if (!outcome.ok) {
    if ('problem' in outcome) return { kind: 'choose', failure: { name, kind: 'source', problem: outcome.problem } };
    if (outcome.stopped === 'cancelled') return { kind: 'choose', cancelled: name };
    if (outcome.stopped === 'timeout') return { kind: 'choose', failure: { name, kind: 'timeout', seconds: outcome.seconds } };
    return { kind: 'choose', failure: { name, kind: 'unexpected', detail: outcome.detail } };
  }
  const { budget, draft, report } = outcome.result;
  if (report.ok && budget) return { kind: 'review', imported: { value: budget as unknown as Record<string, unknown>, toFill: [] }, report, sourceName };
  if (report.ok && draft) return { kind: 'review', imported: { value: draft.value, toFill: draft.toFill }, report, sourceName };
  if (report.error) return { kind: 'choose', failure: { name, kind: 'report', error: report.error } };
  return { kind: 'choose', failure: { name, kind: 'unexpected', detail: 'no budget' } };
}
