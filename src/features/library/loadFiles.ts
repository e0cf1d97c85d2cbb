/**
 * Files from the picker or a drop: size check, validation (in a worker when
 * large), then into the library and onto the screen. A bad file changes nothing
 * on screen; its outcome lists every problem.
 */
import type { QueryClient } from '@tanstack/react-query';
import { readBudgetBlob } from '@/data/decodeText';
import { MAX_FILE_BYTES } from '@/data/limits';
import { parseBudgetBlob } from '@/data/parseAsync';
import { showDataset } from '@/state/datasetState';
import { keepDataset } from '@/state/keepDataset';
import { setLoadStatus, type FileOutcome } from './loadStatus';

async function loadOne(file: File, queryClient: QueryClient): Promise<FileOutcome> {
  const fileName = file.name || 'untitled.json';
  if (file.size > MAX_FILE_BYTES) return { fileName, ok: false, problem: { kind: 'tooLarge', bytes: file.size } };
  setLoadStatus({ kind: 'reading', fileName, bytes: file.size });
  try {
    const result = await parseBudgetBlob(file);
    if (!result.ok) return { fileName, ok: false, problem: { kind: 'invalid', issues: result.issues } };
    // The text as the user wrote it is what we keep and export.
    const text = await readBudgetBlob(file);
    const { entry, storage } = await keepDataset(queryClient, text, result, { fileName, bytes: file.size });
    return { fileName, ok: true, entry, ...(storage ? { storage } : {}) };
  } catch (error) {
    return { fileName, ok: false, problem: { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) } };
  }
}

/** Loads each file in turn and shows the last good one; the report lists every outcome. */
export async function loadFiles(files: readonly File[], queryClient: QueryClient): Promise<void> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await loadOne(file, queryClient));
  const shown = outcomes.filter((o) => o.ok).at(-1);
  if (shown?.ok) showDataset(shown.entry.id);
  setLoadStatus({ kind: 'done', outcomes });
}
