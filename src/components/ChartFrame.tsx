import { Suspense, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { DataTable } from './DataTable';
import { DownloadCsvButton } from './DownloadCsvButton';
import { ErrorBoundary } from './ErrorBoundary';
import { ExportImageButtons } from './export/ExportImageButtons';
import type { TableData } from './table';

interface ChartFrameProps {
  title: string;
  /** Says what is measured and in which unit. */
  subtitle: string;
  chart: ReactNode;
  table: TableData;
  /** Source and notes drawn under the chart. */
  source?: string;
  note?: ReactNode;
  /** Reserved chart height, so nothing moves when the chart arrives. */
  height?: number;
  /** Extra controls above the chart (breadcrumb, toggles). */
  controls?: ReactNode;
  selectLabel?: string;
}

type View = 'chart' | 'table';

/**
 * Every chart is a sandwich (OWID): title and subtitle, controls, chart | table,
 * then the source, notes and the CSV of exactly what the table shows.
 */
export function ChartFrame({ title, subtitle, chart, table, source, note, height = 240, controls, selectLabel }: ChartFrameProps) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<View>('chart');
  const id = useId();
  const figure = useRef<HTMLElement>(null);
  const views: View[] = ['chart', 'table'];

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next: View = view === 'chart' ? 'table' : 'chart';
    setView(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };

  return (
    <figure ref={figure} className="flex flex-col gap-3 rounded-lg border border-line bg-paper p-4 shadow-sm" aria-labelledby={`${id}-title`}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`${id}-title`} className="text-lg font-semibold">
            {title}
          </h3>
          <p className="text-sm text-ink-soft">{subtitle}</p>
        </div>
        <div role="tablist" aria-label={title} data-chrome="" className="flex rounded-md border border-line p-0.5 text-sm">
          {views.map((v) => (
            <button
              key={v}
              id={`${id}-tab-${v}`}
              type="button"
              role="tab"
              aria-selected={view === v}
              aria-controls={`${id}-panel`}
              tabIndex={view === v ? 0 : -1}
              onClick={() => setView(v)}
              onKeyDown={onTabKey}
              className={`rounded px-3 py-1 ${view === v ? 'bg-accent text-white' : 'text-ink-soft hover:bg-canvas'}`}
            >
              {t(v)}
            </button>
          ))}
        </div>
      </header>
      {controls}
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${view}`} style={{ minHeight: height }}>
        {view === 'chart' ? (
          // A chart that fails says so inside its own frame; the title, table and CSV around it keep working.
          <ErrorBoundary
            fallback={(error) => (
              <p role="alert" className="rounded border border-bad p-4 text-bad">
                {t('chartError', { message: error.message })}
              </p>
            )}
          >
            <Suspense fallback={<div style={{ height }} aria-hidden="true" className="animate-pulse rounded bg-canvas" />}>{chart}</Suspense>
          </ErrorBoundary>
        ) : (
          <DataTable table={table} caption={title} {...(selectLabel ? { selectLabel } : {})} />
        )}
      </div>
      <figcaption className="flex flex-wrap items-center justify-between gap-2 border-t border-line pt-2 text-xs text-ink-soft">
        <span>
          {source ? t('sourceLine', { title: source }) : null}
          {note ? <span className="ml-2">{note}</span> : null}
        </span>
        <span data-chrome="" className="flex flex-wrap gap-1">
          <ExportImageButtons target={figure} title={title} />
          <DownloadCsvButton table={table} title={title} language={i18n.language} />
        </span>
      </figcaption>
    </figure>
  );
}
