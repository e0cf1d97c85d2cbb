/**
 * The periods a budget file dates its work with ("2021-02", "2021-02-28",
 * "2021-Q2", "2021-H1"), placed on one number line: months counted from
 * 1 January of the fiscal year. 0 is the start of January, 12 the end of
 * December; a period in another year lands below 0 or above 12.
 */

export type Granularity = 'day' | 'month' | 'quarter' | 'half';

export interface Period {
  /** The text as the file states it. */
  text: string;
  year: number;
  granularity: Granularity;
  /** 1–12 for months and days, 1–4 for quarters, 1–2 for halves. */
  index: number;
  /** Day of the month, for 'day' periods. */
  day?: number;
  /** Where the period begins, in months from the fiscal year's start. */
  start: number;
  /** Where the period ends (its last moment), on the same line. */
  end: number;
}

export const MONTHS_IN_YEAR = 12;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const PART = /^(\d{4})-(Q[1-4]|H[12])$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a period; undefined when it is not one (including a day like 2021-02-30). */
export function parsePeriod(text: string, fiscalYear: number): Period | undefined {
  const trimmed = text.trim();
  const day = DAY.exec(trimmed);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const length = daysInMonth(year, month);
    if (date > length) return undefined;
    const base = (year - fiscalYear) * MONTHS_IN_YEAR + month - 1;
    return { text, year, granularity: 'day', index: month, day: date, start: base + (date - 1) / length, end: base + date / length };
  }
  const month = MONTH.exec(trimmed);
  if (month) {
    const [year, index] = [Number(month[1]), Number(month[2])];
    const base = (year - fiscalYear) * MONTHS_IN_YEAR + index - 1;
    return { text, year, granularity: 'month', index, start: base, end: base + 1 };
  }
  const part = PART.exec(trimmed);
  if (part) {
    const year = Number(part[1]);
    const code = part[2] ?? '';
    const index = Number(code.slice(1));
    const length = code.startsWith('Q') ? 3 : 6;
    const base = (year - fiscalYear) * MONTHS_IN_YEAR + (index - 1) * length;
    return { text, year, granularity: code.startsWith('Q') ? 'quarter' : 'half', index, start: base, end: base + length };
  }
  return undefined;
}

/** The month (1–12) of the fiscal year a position falls in; a month's end (e.g. 4.0) belongs to that month. */
export function monthOfPosition(position: number): number {
  return Math.max(1, Math.ceil(position));
}
