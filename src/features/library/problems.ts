/** Any failure to obtain a budget, as a problem the report can explain. */
import { BudgetRedirectedError, BudgetTooLargeError, BudgetValidationError } from '@/data/budgetErrors';
import { DatasetNotFoundError, DatasetUnreadableError } from '@/data/datasetLibrary';
import { BudgetTimeoutError } from '@/data/loadTimeout';
import type { QueryClient } from '@tanstack/react-query';
import { setLoadStatus, type FileProblem } from './loadStatus';

export function problemFromError(error: unknown, label: string): FileProblem {
  if (error instanceof BudgetValidationError) return { kind: 'invalid', issues: error.issues };
  if (error instanceof BudgetTooLargeError) return { kind: 'tooLarge', bytes: error.bytes };
  if (error instanceof BudgetRedirectedError) return { kind: 'redirected' };
  if (error instanceof BudgetTimeoutError) return { kind: 'timeout', seconds: Math.round(error.ms / 1000) };
  if (error instanceof DatasetNotFoundError) return { kind: 'notFound', id: error.id };
  if (error instanceof DatasetUnreadableError) return { kind: 'damaged', name: label };
  return { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
}

/** Choosing a dataset that cannot be shown: the report says why; the screen stays as it was. */
export function reportSwitchFailure(queryClient: QueryClient, label: string, error: unknown): void {
  setLoadStatus(queryClient, { kind: 'done', outcomes: [{ fileName: label, ok: false, problem: problemFromError(error, label) }] });
}
