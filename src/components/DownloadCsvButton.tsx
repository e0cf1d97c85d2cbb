import { labelled } from '@/i18n/format';
import type { Language } from '@/i18n/resources';
import { useTranslation } from '@/i18n/react';
import { downloadFile } from './export/downloadFile';
import { csvFileName, tableToCsv, type TableData } from './table';

/** Downloads the table exactly as shown, as CSV (a local blob: no request leaves the page). */
export function DownloadCsvButton({ table, title, language }: { table: TableData; title: string; language: Language }) {
  const { t } = useTranslation();
  const download = () => downloadFile(tableToCsv(table), csvFileName(title), 'text/csv;charset=utf-8');
  return (
    <button type="button" onClick={download} className="rounded border border-line px-2 py-1 text-ink-soft hover:bg-canvas" aria-label={labelled(t('downloadCsv'), title, language)}>
      {t('downloadCsv')}
    </button>
  );
}
