/** Variants of the seed for findings tests, built through the real parser (no hand-made models). */
import { parseBudgetValue } from '@/data/parseBudget';
import type { Budget, Category } from '@/data/budgetSchema';
import type { BudgetModel } from '@/domain/model';
import type { LoadedBudget } from '@/data/loadedBudget';
import { fenToDecimalString, toFen } from '@/domain/money';
import { seed } from '../support/seed';

/** The seed after `edit`, parsed as the app would load it. */
export function loadedOf(edit: (file: Budget) => void): LoadedBudget {
  const file = structuredClone(seed.file);
  edit(file);
  const result = parseBudgetValue(file);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { file: result.budget, model: result.model, sourceId: 'test' };
}

export function modelOf(edit: (file: Budget) => void): BudgetModel {
  return loadedOf(edit).model;
}

/** Finds a 类/款/项 of a file by its names from the 类 down. */
export function categoryAt(file: Budget, ...names: string[]): Category {
  let level: Category[] = file.functional;
  let node: Category | undefined;
  for (const name of names) {
    node = level.find((c) => c.name === name);
    if (!node) throw new Error(`no category ${names.join(' › ')}`);
    level = node.children ?? [];
  }
  return node!;
}

/** The seed rewritten in 元, every 万元 figure shifted exactly (109.25 → 1092500). */
export function seedInYuan(file: Budget): void {
  const yuan = (v: number | undefined) => (v === undefined ? undefined : Number(fenToDecimalString(toFen(v, '万元'), '元')));
  const set = <T extends object>(obj: T | undefined, keys: (keyof T)[]) => {
    if (!obj) return;
    for (const key of keys) if (obj[key] !== undefined) (obj as Record<keyof T, unknown>)[key] = yuan(obj[key] as number);
  };
  const walk = (nodes: Category[]) => nodes.forEach((n) => (set(n, ['amount']), walk(n.children ?? [])));
  file.unit = '元';
  set(file, ['total', 'operatingExpenses', 'fiscalAppropriation', 'procurement']);
  set(file.previousYear, ['total', 'operatingExpenses', 'fiscalAppropriation']);
  file.revenue.forEach((r) => set(r, ['amount']));
  set(file.spending, ['basic', 'project', 'personnel', 'publicOperating']);
  set(file.threePublic, ['total', 'abroad', 'reception', 'vehiclePurchase', 'vehicleOperation']);
  set(file.stated, ['totalChange', 'operatingExpensesChange']);
  walk(file.functional);
}

/** The seed with nothing left but its unit, year and total: no figure to check another against. */
export function onlyTotal(file: Budget): void {
  file.revenue = [];
  file.spending = {};
  file.functional = [];
  delete file.threePublic;
  delete file.stated;
  delete file.previousYear;
}

/** The seed with its errors corrected and its missing 类 dropped: every figure agrees with the others. */
export function allAgree(file: Budget): void {
  file.functional = file.functional.filter((c) => c.name !== '教育支出');
  categoryAt(file, '社会保障和就业支出', '行政事业单位离退休', '未归口管理的行政单位离退休').amount = 14.19;
  categoryAt(file, '卫生健康支出', '行政事业单位医疗', '行政单位医疗').amount = 4.42;
  file.stated!.operatingExpensesGrowthPct = 29.36;
}
