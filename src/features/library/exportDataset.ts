/** Gives a stored dataset back as the .json file the user brought. */
import type { QueryClient } from '@tanstack/react-query';
import { downloadBlob, safeFileName } from '@/components/export/files';
import type { LibraryEntry } from '@/data/datasetLibrary';
import { getDatasetText } from '@/data/queries/libraryQuery';

export function exportFileName(entry: Pick<LibraryEntry, 'name' | 'fileName'>): string {
  const base = /\.json$/i.test(entry.fileName) ? entry.fileName.slice(0, -5) : entry.name;
  return safeFileName(base, 'json', { fallback: 'budget' });
}

export async function exportDataset(queryClient: QueryClient, entry: LibraryEntry): Promise<void> {
  const text = await getDatasetText(queryClient, entry.id);
  downloadBlob(new Blob([text], { type: 'application/json' }), exportFileName(entry));
}
