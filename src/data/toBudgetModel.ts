/** Converts a validated budget file into the domain model: amounts to exact 分. */
import { toFenOrUndefined, toFen, type MoneyUnit } from '@/domain/money';
import { CATEGORY_PATH_SEPARATOR, type BudgetModel, type CategoryNode, type FundUse, type ThreePublicModel } from '@/domain/model';
import type { Budget, Category } from './budgetSchema';

type ThreePublicInput = NonNullable<Budget['threePublic']>;

function threePublic(input: ThreePublicInput | undefined, unit: MoneyUnit): ThreePublicModel | undefined {
  if (!input) return undefined;
  return stripUndefined({
    total: toFenOrUndefined(input.total, unit),
    abroad: toFenOrUndefined(input.abroad, unit),
    reception: toFenOrUndefined(input.reception, unit),
    vehiclePurchase: toFenOrUndefined(input.vehiclePurchase, unit),
    vehicleOperation: toFenOrUndefined(input.vehicleOperation, unit),
    notes: input.notes,
  });
}

function fund(value: number | 'none' | undefined, unit: MoneyUnit): FundUse | undefined {
  return value === 'none' ? 'none' : toFenOrUndefined(value, unit);
}

/**
 * The 类/款/项 tree, one node per line of the file (thousands in a large budget). Built field by field rather than
 * through stripUndefined: every node then has one shape, which is what keeps this cheap the first time it runs.
 */
function categories(nodes: Category[], unit: MoneyUnit, parentId: string | undefined, depth: number): CategoryNode[] {
  return nodes.map((node) => {
    const id = parentId === undefined ? node.name : parentId + CATEGORY_PATH_SEPARATOR + node.name;
    // Keys in the model's usual order (as stripUndefined would leave them), absent ones left out.
    const out = { id } as CategoryNode;
    if (node.code !== undefined) out.code = node.code;
    out.name = node.name;
    if (node.nameEn !== undefined) out.nameEn = node.nameEn;
    if (node.amount !== undefined) out.amount = toFen(node.amount, unit);
    if (node.purpose !== undefined) out.purpose = node.purpose;
    out.depth = depth;
    out.children = categories(node.children ?? [], unit, id, depth + 1);
    return out;
  });
}

/** Drops keys whose value is undefined, so "absent" stays absent in the model. */
function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function toBudgetModel(budget: Budget): BudgetModel {
  const unit = budget.unit;
  const fen = (v: number | undefined) => toFenOrUndefined(v, unit);
  const prev = budget.previousYear;
  const stated = budget.stated ?? {};
  return stripUndefined<BudgetModel>({
    fiscalYear: budget.fiscalYear,
    unit,
    department: stripUndefined({ ...budget.department }),
    total: toFen(budget.total, unit),
    previousYear: prev
      ? stripUndefined({
          fiscalYear: prev.fiscalYear,
          total: fen(prev.total),
          operatingExpenses: fen(prev.operatingExpenses),
          fiscalAppropriation: fen(prev.fiscalAppropriation),
          threePublic: threePublic(prev.threePublic, unit),
        })
      : undefined,
    revenue: budget.revenue.map((r) => stripUndefined({ name: r.name, nameEn: r.nameEn, amount: fen(r.amount) })),
    spending: stripUndefined({
      basic: fen(budget.spending.basic),
      project: fen(budget.spending.project),
      personnel: fen(budget.spending.personnel),
      publicOperating: fen(budget.spending.publicOperating),
    }),
    functional: categories(budget.functional, unit, undefined, 0),
    threePublic: threePublic(budget.threePublic, unit),
    operatingExpenses: fen(budget.operatingExpenses),
    fiscalAppropriation: fen(budget.fiscalAppropriation),
    procurement: fen(budget.procurement),
    procurementPurpose: budget.procurementPurpose,
    funds: budget.funds
      ? stripUndefined({ governmentFund: fund(budget.funds.governmentFund, unit), stateCapital: fund(budget.funds.stateCapital, unit) })
      : undefined,
    assets: budget.assets ? stripUndefined({ ...budget.assets }) : undefined,
    staffing: budget.staffing ? stripUndefined({ ...budget.staffing }) : undefined,
    keyWork: (budget.keyWork ?? []).map((task) =>
      stripUndefined({
        ...task,
        milestones: task.milestones.map((m) => stripUndefined({ ...m })),
        figures: task.figures ?? [],
      }),
    ),
    stated: stripUndefined({
      totalChange: fen(stated.totalChange),
      totalChangeReason: stated.totalChangeReason,
      totalGrowthPct: stated.totalGrowthPct,
      revenueSharesPct: stated.revenueSharesPct,
      spendingSharesPct: stated.spendingSharesPct,
      functionalSharesPct: stated.functionalSharesPct,
      operatingExpensesChange: fen(stated.operatingExpensesChange),
      operatingExpensesGrowthPct: stated.operatingExpensesGrowthPct,
      operatingExpensesChangeReason: stated.operatingExpensesChangeReason,
      threePublicVsPrevious: stated.threePublicVsPrevious,
    }),
    glossary: budget.glossary ?? [],
    source: stripUndefined({ ...budget.source }),
  });
}
