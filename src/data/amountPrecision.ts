/**
 * Amount checks zod cannot express alone: the decimals a figure may carry depend
 * on the file's `unit`, and every amount must be exactly representable in 分.
 */
import { MAX_DECIMALS, UNIT_EXPONENT, decimalsOf, type MoneyUnit } from '@/domain/money';
import type { Budget } from './budgetSchema';

export interface AmountIssue {
  path: (string | number)[];
  code: 'too_many_decimals' | 'too_large';
  value: number;
  maxDecimals: number;
}

/** Largest amount in 分: a quarter of 2^53, so sums of parts stay exact integers (about 22 万亿元). */
const LIMIT_FEN = Number.MAX_SAFE_INTEGER / 4;

function check(value: unknown, path: (string | number)[], unit: MoneyUnit, out: AmountIssue[]): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) return;
  const maxDecimals = MAX_DECIMALS[unit];
  if (Math.abs(value) * 10 ** UNIT_EXPONENT[unit] > LIMIT_FEN) out.push({ path, code: 'too_large', value, maxDecimals });
  else if (decimalsOf(value) > maxDecimals) out.push({ path, code: 'too_many_decimals', value, maxDecimals });
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function checkObject(obj: unknown, keys: readonly string[], base: (string | number)[], unit: MoneyUnit, out: AmountIssue[]): void {
  for (const key of keys) check(field(obj, key), [...base, key], unit, out);
}

const THREE_PUBLIC_KEYS = ['total', 'abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'] as const;

/**
 * Every money figure whose precision or size is impossible. It reads the value
 * defensively, so it also runs on a file the schema rejects and its problems are
 * reported with the schema's, all at once. Needs a known unit to judge decimals.
 */
export function findAmountIssues(budget: Budget | unknown): AmountIssue[] {
  const unit = field(budget, 'unit');
  if (typeof unit !== 'string' || !(unit in MAX_DECIMALS)) return [];
  const u = unit as MoneyUnit;
  const out: AmountIssue[] = [];
  const previousYear = field(budget, 'previousYear');
  check(field(budget, 'total'), ['total'], u, out);
  checkObject(previousYear, ['total', 'operatingExpenses', 'fiscalAppropriation'], ['previousYear'], u, out);
  checkObject(field(previousYear, 'threePublic'), THREE_PUBLIC_KEYS, ['previousYear', 'threePublic'], u, out);
  items(field(budget, 'revenue')).forEach((r, i) => check(field(r, 'amount'), ['revenue', i, 'amount'], u, out));
  checkObject(field(budget, 'spending'), ['basic', 'project', 'personnel', 'publicOperating'], ['spending'], u, out);
  checkObject(field(budget, 'threePublic'), THREE_PUBLIC_KEYS, ['threePublic'], u, out);
  checkObject(budget, ['operatingExpenses', 'fiscalAppropriation', 'procurement'], [], u, out);
  checkObject(field(budget, 'funds'), ['governmentFund', 'stateCapital'], ['funds'], u, out);
  checkObject(field(budget, 'stated'), ['totalChange', 'operatingExpensesChange'], ['stated'], u, out);
  const walk = (nodes: unknown[], base: (string | number)[]): void => {
    nodes.forEach((node, i) => {
      check(field(node, 'amount'), [...base, i, 'amount'], u, out);
      walk(items(field(node, 'children')), [...base, i, 'children']);
    });
  };
  walk(items(field(budget, 'functional')), ['functional']);
  return out;
}
