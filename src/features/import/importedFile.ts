/**
 * The reviewed budget as a file: validated by the one parser every budget goes
 * through, then kept in the library and shown, or downloaded as JSON.
 */
import { downloadBlob, safeFileName } from '@/components/export/files';
import type { QueryClient } from '@tanstack/react-query';
import { parseBudgetText, type ValidationIssue } from '@/data/parseBudget';
import { showDataset } from '@/state/datasetState';
import { keepDataset, type KeptDataset } from '@/state/keepDataset';

export type OpenOutcome = ({ ok: true } & KeptDataset) | { ok: false; issues: ValidationIssue[] };

export function budgetText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** "说明.docx" → "说明.json"; pasted text is named after its unit and year. */
export function jsonFileName(source: string | undefined, fallback: string): string {
  const base = source ? source.replace(/\.[^.]*$/, '') : fallback;
  return safeFileName(base, 'json', { fallback: 'budget' });
}

export async function openImported(queryClient: QueryClient, value: unknown, fileName: string): Promise<OpenOutcome> {
  const text = budgetText(value);
  const parsed = parseBudgetText(text);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const kept = await keepDataset(queryClient, text, parsed, { fileName, bytes: new Blob([text]).size });
  showDataset(kept.entry.id);
  return { ok: true, ...kept };
}

export function downloadJson(value: unknown, fileName: string): void {
  downloadBlob(new Blob([budgetText(value)], { type: 'application/json' }), fileName);
}
