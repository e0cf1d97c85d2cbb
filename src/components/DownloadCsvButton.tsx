import { useTranslation } from '@/i18n/react';
import { csvFileName, tableToCsv, type TableData } from './table';

/** Downloads the table exactly as shown, as CSV (a local blob: no request leaves the page). */
export function DownloadCsvButton({ table, title }: { table: TableData; title: string }) {
  const { t } = useTranslation();
  const download = () => {
    const url = URL.createObjectURL(new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFileName(title);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" onClick={download} className="rounded border border-line px-2 py-1 text-ink-soft hover:bg-canvas" aria-label={`${t('downloadCsv')}：${title}`}>
      {t('downloadCsv')}
    </button>
  );
}
