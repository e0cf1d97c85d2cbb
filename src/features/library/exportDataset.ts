/** Gives a stored dataset back as the .json file the user brought. */
import type { QueryClient } from '@tanstack/react-query';
import type { LibraryEntry } from '@/data/datasetLibrary';
import { getDatasetText } from '@/data/queries/libraryQuery';

export function exportFileName(entry: Pick<LibraryEntry, 'name' | 'fileName'>): string {
  const base = /\.json$/i.test(entry.fileName) ? entry.fileName.slice(0, -5) : entry.name;
  const printable = Array.from(base, (ch) => (ch.charCodeAt(0) < 32 ? '-' : ch)).join('');
  return `${printable.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'budget'}.json`;
}

export async function exportDataset(queryClient: QueryClient, entry: LibraryEntry): Promise<void> {
  const text = await getDatasetText(queryClient, entry.id);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(entry);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
