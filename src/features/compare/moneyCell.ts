/**
 * Amounts in the comparison at the display unit's precision: two decimals
 * (12.14 万元, not 12.1389 万元), whether a figure was stated in 元 and shown in 万元
 * or derived, like an amount per person. The CSV keeps the exact figure.
 */
import type { TableCell } from '@/components/table';
import { fenToDecimalString, type Fen } from '@/domain/money';
import { roundForDisplay } from '@/domain/staffing';
import { formatAmountNumber } from '@/i18n/format';
import type { Formatter } from '@/i18n/formatter';

export const DISPLAY_DECIMALS = 2;

export function shownAmount(fen: Fen | undefined, format: Formatter, opts: { signed?: boolean } = {}): string {
  return format.amount(fen === undefined ? undefined : roundForDisplay(fen, format.unit, DISPLAY_DECIMALS), opts);
}

export function shownNumber(fen: Fen | undefined, format: Formatter, opts: { signed?: boolean } = {}): string {
  if (fen === undefined) return format.amountNumber(undefined);
  return formatAmountNumber(roundForDisplay(fen, format.unit, DISPLAY_DECIMALS), format.unit, format.language, opts.signed);
}

/** A table cell: rounded on screen, exact in the CSV. */
export function moneyCell(fen: Fen | undefined, format: Formatter, opts: { signed?: boolean; unit?: boolean } = {}): TableCell {
  const display = opts.unit === false ? shownNumber(fen, format, opts) : shownAmount(fen, format, opts);
  return { display, csv: fen === undefined ? '' : fenToDecimalString(fen, format.unit) };
}
