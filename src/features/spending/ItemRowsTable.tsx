import type { TableData, TableRow } from '@/components/table';

/**
 * On a phone each row becomes a small card (name and amount on top, the 类 › 款
 * path and the purpose beneath) instead of five squeezed columns; from `sm` up it
 * is an ordinary table. Explicit roles keep the table semantics when CSS changes
 * how rows are displayed.
 */
const CELL_LAYOUT: Record<string, string> = {
  name: 'col-start-1 row-start-1 font-semibold sm:font-normal',
  path: 'col-span-3 row-start-2 text-ink-soft sm:text-inherit',
  amount: 'col-start-2 row-start-1 text-right tabular-nums whitespace-nowrap',
  share: 'col-start-3 row-start-1 text-right tabular-nums whitespace-nowrap',
  purpose: 'col-span-3 row-start-3',
};

function Row({ row, columns, total = false }: { row: TableRow; columns: TableData['columns']; total?: boolean }) {
  return (
    <tr
      role="row"
      className={`grid grid-cols-[minmax(0,1fr)_auto_auto] gap-x-3 gap-y-0.5 py-2 sm:table-row sm:py-0 ${total ? 'border-t-2 border-ink-soft font-semibold' : 'border-b border-line'}`}
    >
      {row.cells.map((cell, index) => {
        const column = columns[index];
        const className = `sm:table-cell sm:px-2 sm:py-1.5 sm:align-top ${CELL_LAYOUT[column?.key ?? ''] ?? ''} ${total && column?.key === 'purpose' ? 'font-normal text-ink-soft' : ''}`;
        return index === 0 ? (
          <th role="rowheader" key={column?.key ?? index} scope="row" className={`${className} text-left`}>
            {cell.display}
          </th>
        ) : (
          <td key={column?.key ?? index} className={className}>
            {cell.display}
          </td>
        );
      })}
    </tr>
  );
}

/** The rows, and a total row under them when one is given. */
export function ItemRowsTable({ table, caption, total }: { table: TableData; caption: string; total?: TableRow | undefined }) {
  return (
    <table role="table" className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only sm:not-sr-only sm:table-header-group">
        <tr role="row" className="border-b-2 border-line text-left text-ink-soft">
          {table.columns.map((column) => (
            <th role="columnheader" key={column.key} scope="col" className={`px-2 py-2 font-semibold ${column.numeric ? 'whitespace-nowrap text-right' : ''}`}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <Row key={row.key} row={row} columns={table.columns} />
        ))}
      </tbody>
      {total ? (
        <tfoot>
          <Row row={total} columns={table.columns} total />
        </tfoot>
      ) : null}
    </table>
  );
}
