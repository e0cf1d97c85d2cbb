import { useState } from 'react';
import { useTranslation } from '@/i18n/react';
import type { TableData } from './table';
import { SrHint } from './SrHint';

/** Rows drawn at first and per "show more": a table of thousands of rows would take seconds to draw. */
export const TABLE_PAGE_ROWS = 100;

interface DataTableProps {
  table: TableData;
  caption: string;
  /** Label for the select buttons' screen-reader text, e.g. "筛选". */
  selectLabel?: string;
}

/**
 * A chart's table view. Rows that set the filter are buttons, reachable by keyboard.
 * Long tables show their first rows and grow on request; the CSV always has them all.
 */
export function DataTable({ table, caption, selectLabel }: DataTableProps) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(TABLE_PAGE_ROWS);
  const rows = table.rows.length > limit ? table.rows.slice(0, limit) : table.rows;
  const hidden = table.rows.length - rows.length;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-line text-left text-ink-soft">
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={`px-2 py-2 font-semibold ${column.numeric ? 'text-right' : ''}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={`border-b border-line ${row.selected ? 'bg-sky/20 font-semibold' : ''}`}>
              {row.cells.map((cell, index) => {
                const column = table.columns[index];
                const className = `px-2 py-1.5 ${column?.numeric ? 'text-right tabular-nums' : ''}`;
                if (index === 0) {
                  return (
                    <th key={column?.key ?? index} scope="row" className={`${className} text-left font-normal`}>
                      {row.onSelect ? (
                        <button type="button" onClick={row.onSelect} className="text-left text-accent-strong underline decoration-dotted underline-offset-4 hover:decoration-solid" aria-pressed={row.selected ?? false}>
                          {cell.display}
                          {selectLabel ? <SrHint text={selectLabel} /> : null}
                        </button>
                      ) : (
                        cell.display
                      )}
                    </th>
                  );
                }
                return (
                  <td key={column?.key ?? index} className={className}>
                    {cell.display}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 ? (
        <button
          type="button"
          onClick={() => setLimit((l) => l + TABLE_PAGE_ROWS * 5)}
          className="mt-2 rounded border border-line px-3 py-1 text-sm hover:bg-canvas"
        >
          {t('tableMore', { count: Math.min(hidden, TABLE_PAGE_ROWS * 5), shown: rows.length, total: table.rows.length })}
        </button>
      ) : null}
    </div>
  );
}
