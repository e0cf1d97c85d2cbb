/** A milestone-status file checked where it keeps the page responsive: a large one in a worker, a small one at once. */
import { WORKER_THRESHOLD_BYTES } from './limits';
import { parseStatusFile, type DatasetIdentity, type StatusImport } from './milestoneExchange';
import { runInWorker } from './runWorker';
import type { StatusFileRequest } from './statusFileWorker';

export async function parseStatusFileAsync(text: string, dataset: DatasetIdentity, milestoneIds: ReadonlySet<string>): Promise<StatusImport> {
  // UTF-16 length is a fair proxy for bytes here: it only picks the thread.
  if (text.length > WORKER_THRESHOLD_BYTES) {
    const request: StatusFileRequest = { text, dataset, milestoneIds: [...milestoneIds] };
    const reply = await runInWorker<StatusFileRequest, StatusImport>(
      () => new Worker(new URL('./statusFileWorker.ts', import.meta.url), { type: 'module' }),
      request,
    );
    if (reply) return reply;
  }
  return parseStatusFile(text, dataset, milestoneIds);
}
