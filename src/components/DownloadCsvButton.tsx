import { labelled } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { useLanguage } from '@/state/viewState';
import { downloadBlob } from './export/files';
import { csvFileName, tableToCsv, type TableData } from './table';

/** Downloads the table exactly as shown, as CSV (a local blob: no request leaves the page). */
export function DownloadCsvButton({ table, title }: { table: TableData; title: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const download = () => downloadBlob(new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }), csvFileName(title));
  return (
    <button type="button" onClick={download} className="rounded border border-line px-2 py-1 text-ink-soft hover:bg-canvas" aria-label={labelled(t('downloadCsv'), title, language)}>
      {t('downloadCsv')}
    </button>
  );
}
