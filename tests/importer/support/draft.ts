/** A draft as the review screen completes it: the fields to fill given some value. */
import type { ImportDraft } from '@/importer';

export function filled(draft: ImportDraft, values: { name?: string; fiscalYear?: number; total?: number } = {}): Record<string, unknown> {
  const out = { ...draft.value };
  if (draft.toFill.includes('department.name')) out.department = { ...(out.department as object), name: values.name ?? '某单位' };
  if (draft.toFill.includes('fiscalYear')) out.fiscalYear = values.fiscalYear ?? 2021;
  if (draft.toFill.includes('total')) out.total = values.total ?? 1;
  return out;
}
