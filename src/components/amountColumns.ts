/**
 * The amount and share columns every money table ends with, so the table view and the
 * CSV write a figure the same way wherever it is listed: the display unit's number on
 * screen, the exact decimal in the CSV, and "未说明" for an amount the document does not state.
 */
import { fenToDecimalString, type Fen } from '@/domain/money';
import type { AnyTFunction } from '@/i18n/translator';
import type { Formatter } from '@/i18n/formatter';
import type { TableCell, TableColumn } from './table';

export function amountShareColumns(format: Formatter, t: AnyTFunction): TableColumn[] {
  return [
    { key: 'amount', label: t('common:columns.amount', { unit: format.unitLabel }), numeric: true },
    { key: 'share', label: t('common:columns.share'), numeric: true },
  ];
}

export function amountShareCells(value: Fen | undefined, share: number | undefined, format: Formatter): TableCell[] {
  return [
    { display: format.amountNumber(value), csv: value === undefined ? format.amount(undefined) : fenToDecimalString(value, format.unit) },
    { display: format.percent(share), csv: share === undefined ? '' : Number(share.toFixed(2)) },
  ];
}
