/**
 * Files from the picker or a drop: size check, validation (in a worker when
 * large), then into the library and onto the screen. A bad file changes nothing
 * on screen; its outcome lists every problem.
 */
import type { QueryClient } from '@tanstack/react-query';
import { readBudgetBlob } from '@/data/decodeText';
import { MAX_FILE_BYTES } from '@/data/limits';
import { parseBudgetBlob } from '@/data/parseAsync';
import { isLatestChoice, newChoice, showIfLatest } from '@/state/datasetState';
import { setLoadStatus, type FileOutcome } from './loadStatus';

/** The choice whose file the "reading…" status names. */
let readingFor: number | undefined;

async function loadOne(file: File, queryClient: QueryClient, choice: number): Promise<FileOutcome> {
  const fileName = file.name || 'untitled.json';
  if (file.size > MAX_FILE_BYTES) return { fileName, ok: false, problem: { kind: 'tooLarge', bytes: file.size } };
  if (isLatestChoice(choice)) {
    readingFor = choice;
    setLoadStatus(queryClient, { kind: 'reading', fileName, bytes: file.size });
  }
  try {
    const result = await parseBudgetBlob(file);
    if (!result.ok) return { fileName, ok: false, problem: { kind: 'invalid', issues: result.issues } };
    // The text as the user wrote it is what we keep and export.
    const text = await readBudgetBlob(file);
    // Storing waits for a file to arrive: its code (library writes, idb) stays off the first page load.
    const { keepDataset } = await import('@/state/keepDataset');
    const { entry, storage } = await keepDataset(queryClient, text, result, { fileName, bytes: file.size });
    return { fileName, ok: true, entry, ...(storage ? { storage } : {}) };
  } catch (error) {
    return { fileName, ok: false, problem: { kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Loads each file in turn and shows the last good one; the report lists every outcome.
 * If the user chose something else meanwhile (other files, a dataset in the switcher),
 * that choice stands: the files are kept in the library, and neither the screen nor
 * the newer load's report changes.
 */
export async function loadFiles(files: readonly File[], queryClient: QueryClient): Promise<void> {
  const choice = newChoice();
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await loadOne(file, queryClient, choice));
  if (!isLatestChoice(choice)) {
    // Its "reading…" would otherwise stay up for ever; a newer load's own status is left alone.
    if (readingFor === choice) setLoadStatus(queryClient, { kind: 'idle' });
    return;
  }
  const shown = outcomes.filter((o) => o.ok).at(-1);
  if (shown?.ok) showIfLatest(choice, shown.entry.id);
  setLoadStatus(queryClient, { kind: 'done', outcomes });
}
