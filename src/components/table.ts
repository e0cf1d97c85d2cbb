/**
 * The table behind every chart: what the table view shows and what the CSV
 * download contains, built once so the two can never disagree.
 */
import { safeFileName } from './export/files';

export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface TableCell {
  /** Text shown in the table. */
  display: string;
  /** Value written to the CSV (a plain number in the column's unit, or text). */
  csv: string | number;
}

export interface TableRow {
  key: string;
  cells: TableCell[];
  selected?: boolean;
  /** Set when choosing the row should set the category filter. */
  onSelect?: () => void;
}

export interface TableData {
  columns: TableColumn[];
  rows: TableRow[];
}

/** A cell a spreadsheet would read as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A separator followed by a formula start: Excel in a locale whose list separator is
 * ";" (or a tab/"|" import) splits the cell there, and the part after it becomes a formula.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t|])(\s*)(?=[=+\-@])/g;

function csvField(value: string | number): string {
  const text = String(value);
  // Names come from the user's file: neutralise every place a formula could start.
  const safe = typeof value === 'string' ? (FORMULA_START.test(text) ? `'${text}` : text).replace(FORMULA_AFTER_SEPARATOR, "$1$2'") : text;
  // Quoted as well when it holds any separator, so a ";"-locale spreadsheet keeps it as one cell.
  return /[",;\t|\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a BOM so Excel opens the Chinese text correctly. */
export function tableToCsv(table: TableData): string {
  const lines = [table.columns.map((c) => csvField(c.label)).join(',')];
  for (const row of table.rows) lines.push(row.cells.map((c) => csvField(c.csv)).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A safe file name from a chart title. */
export function csvFileName(title: string): string {
  return safeFileName(title, 'csv', { fallback: 'table', words: 'dash' });
}
