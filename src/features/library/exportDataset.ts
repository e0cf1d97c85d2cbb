/** Gives a stored dataset back as the .json file the user brought. */
import { downloadBlob, safeFileName } from '@/components/export/files';
import { datasetLibrary, type LibraryEntry } from '@/data/datasetLibrary';

export function exportFileName(entry: Pick<LibraryEntry, 'name' | 'fileName'>): string {
  const base = /\.json$/i.test(entry.fileName) ? entry.fileName.slice(0, -5) : entry.name;
  return safeFileName(base, 'json', { fallback: 'budget' });
}

export async function exportDataset(entry: LibraryEntry): Promise<void> {
  const text = await datasetLibrary.getText(entry.id);
  downloadBlob(new Blob([text], { type: 'application/json' }), exportFileName(entry));
}
