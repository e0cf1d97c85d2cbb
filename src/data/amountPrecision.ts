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

function checkObject(obj: object | undefined, keys: readonly string[], base: (string | number)[], unit: MoneyUnit, out: AmountIssue[]): void {
  if (!obj) return;
  const record = obj as Record<string, unknown>;
  for (const key of keys) check(record[key], [...base, key], unit, out);
}

const THREE_PUBLIC_KEYS = ['total', 'abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'] as const;

/** Every money figure of a schema-valid budget whose precision or size is impossible. */
export function findAmountIssues(budget: Budget): AmountIssue[] {
  const unit = budget.unit;
  const out: AmountIssue[] = [];
  check(budget.total, ['total'], unit, out);
  checkObject(budget.previousYear, ['total', 'operatingExpenses', 'fiscalAppropriation'], ['previousYear'], unit, out);
  checkObject(budget.previousYear?.threePublic, THREE_PUBLIC_KEYS, ['previousYear', 'threePublic'], unit, out);
  budget.revenue.forEach((r, i) => check(r.amount, ['revenue', i, 'amount'], unit, out));
  checkObject(budget.spending, ['basic', 'project', 'personnel', 'publicOperating'], ['spending'], unit, out);
  checkObject(budget.threePublic, THREE_PUBLIC_KEYS, ['threePublic'], unit, out);
  checkObject(budget, ['operatingExpenses', 'fiscalAppropriation', 'procurement'], [], unit, out);
  checkObject(budget.funds, ['governmentFund', 'stateCapital'], ['funds'], unit, out);
  checkObject(budget.stated, ['totalChange', 'operatingExpensesChange'], ['stated'], unit, out);
  const walk = (nodes: Budget['functional'], base: (string | number)[]): void => {
    nodes.forEach((node, i) => {
      check(node.amount, [...base, i, 'amount'], unit, out);
      if (node.children) walk(node.children, [...base, i, 'children']);
    });
  };
  walk(budget.functional, ['functional']);
  return out;
}
