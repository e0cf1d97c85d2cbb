import { labelled } from '@/i18n/format';
import type { Language } from '@/i18n/resources';
import { useTranslation } from '@/i18n/react';
import { downloadBlob } from './export/files';
import { csvFileName, tableToCsv, type TableData } from './table';

/** Downloads the table exactly as shown, as CSV (a local blob: no request leaves the page). */
export function DownloadCsvButton({ table, title, language }: { table: TableData; title: string; language: Language }) {
  const { t } = useTranslation();
  const download = () => downloadBlob(new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }), csvFileName(title));
  return (
    <button type="button" onClick={download} className="rounded border border-line px-2 py-1 text-ink-soft hover:bg-canvas" aria-label={labelled(t('downloadCsv'), title, language)}>
      {t('downloadCsv')}
    </button>
  );
}
