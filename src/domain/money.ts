/**
 * Money as exact integers of 分 (fen, 0.01 元). Every amount in a budget file is a
 * decimal in the file's unit; it is converted here, once, by shifting digits of
 * its decimal string, never by multiplying floats. Sums are integer sums.
 */
declare const fenBrand: unique symbol;
export type Fen = number & { readonly [fenBrand]: 'Fen' };

export type MoneyUnit = '元' | '千元' | '万元' | '亿元';

/** How many 分 one unit holds, as a power of ten. */
export const UNIT_EXPONENT: Record<MoneyUnit, number> = { 元: 2, 千元: 5, 万元: 6, 亿元: 10 };

/** Most decimals a figure may carry in each unit: down to 1 分 in 元, 1 元 otherwise. */
export const MAX_DECIMALS: Record<MoneyUnit, number> = { 元: 2, 千元: 3, 万元: 4, 亿元: 8 };

export const ZERO = 0 as Fen;

/** The decimal digits of a finite number as written in shortest form, exponent expanded. */
export function decimalString(value: number): { sign: 1 | -1; int: string; frac: string } {
  const sign = value < 0 ? -1 : 1;
  const raw = Math.abs(value).toString();
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(raw);
  if (!match) throw new RangeError(`not a finite number: ${value}`);
  const digits = (match[1] ?? '') + (match[2] ?? '');
  const point = (match[1] ?? '').length + Number(match[3] ?? 0);
  const padded = point < 0 ? '0'.repeat(-point) + digits : digits.padEnd(point, '0');
  const at = Math.max(point, 0);
  const int = padded.slice(0, at).replace(/^0+(?=\d)/, '') || '0';
  const frac = padded.slice(at).replace(/0+$/, '');
  return { sign, int, frac };
}

/** Number of decimals a figure is written with: 9.8 → 1, 63.35 → 2, 100 → 0. */
export function decimalsOf(value: number): number {
  return decimalString(value).frac.length;
}

/** Converts a figure in `unit` to 分 exactly; throws when it is finer than 1 分. */
export function toFen(value: number, unit: MoneyUnit): Fen {
  const { sign, int, frac } = decimalString(value);
  const exp = UNIT_EXPONENT[unit];
  if (frac.length > exp) throw new RangeError(`${value} ${unit} is finer than 1 分`);
  const fen = Number(int + frac.padEnd(exp, '0'));
  if (!Number.isSafeInteger(fen)) throw new RangeError(`${value} ${unit} is too large`);
  return (sign * fen) as Fen;
}

/** An optional figure: absent stays absent (never 0). */
export function toFenOrUndefined(value: number | undefined, unit: MoneyUnit): Fen | undefined {
  return value === undefined ? undefined : toFen(value, unit);
}

export function sum(values: readonly Fen[]): Fen {
  let total = 0;
  for (const v of values) total += v;
  return total as Fen;
}

export function subtract(a: Fen, b: Fen): Fen {
  return (a - b) as Fen;
}

/** A value of 分 expressed in `unit`, as a float for display and charts only. */
export function fenToUnit(fen: Fen, unit: MoneyUnit): number {
  return fen / 10 ** UNIT_EXPONENT[unit];
}

/** Exact decimal string of 分 in `unit`, e.g. 1092500 分 → "109.25" 万元. */
export function fenToDecimalString(fen: Fen, unit: MoneyUnit): string {
  const exp = UNIT_EXPONENT[unit];
  const negative = fen < 0;
  const digits = Math.abs(fen)
    .toString()
    .padStart(exp + 1, '0');
  const int = digits.slice(0, digits.length - exp);
  const frac = digits.slice(digits.length - exp).replace(/0+$/, '');
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}
