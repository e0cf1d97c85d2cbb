/**
 * A budget's core figures as a flat map of path → value, so two budgets (an
 * imported one and a hand-made one, or an import and a fixture's expected
 * figures) can be compared path by path. Absent figures have no key.
 */
import type { Budget, Category, Milestone } from '@/data/budgetSchema';

export type FigureMapValue = number | string | string[];
export type FigureMap = Record<string, FigureMapValue>;

function put(map: FigureMap, key: string, value: FigureMapValue | undefined): void {
  if (value !== undefined) map[key] = value;
}

function walk(map: FigureMap, nodes: readonly Category[], prefix: string): void {
  for (const node of nodes) {
    const path = prefix ? `${prefix}›${node.name}` : node.name;
    put(map, `functional[${path}]`, node.amount);
    if (node.children) walk(map, node.children, path);
  }
}

export function milestonePeriod(m: Milestone): string {
  const period = m.start ? `${m.start}..${m.end}` : m.end;
  return `${period}${m.recurrence ? `/${m.recurrence}` : ''}${m.quantity ? `#${m.quantity.value}${m.quantity.unit}` : ''}`;
}

function record(map: FigureMap, prefix: string, values: Record<string, unknown> | undefined): void {
  for (const [k, v] of Object.entries(values ?? {})) if (typeof v === 'number' || typeof v === 'string') put(map, `${prefix}[${k}]`, v);
}

export function figureMap(budget: Budget): FigureMap {
  const map: FigureMap = {};
  put(map, 'unit', budget.unit);
  put(map, 'fiscalYear', budget.fiscalYear);
  put(map, 'department.name', budget.department.name);
  put(map, 'total', budget.total);
  const prev = budget.previousYear;
  put(map, 'previousYear.total', prev?.total);
  put(map, 'previousYear.operatingExpenses', prev?.operatingExpenses);
  put(map, 'previousYear.fiscalAppropriation', prev?.fiscalAppropriation);
  for (const r of budget.revenue) put(map, `revenue[${r.name}]`, r.amount);
  for (const key of ['basic', 'project', 'personnel', 'publicOperating'] as const) put(map, `spending.${key}`, budget.spending[key]);
  if (budget.functional.length > 0)
    put(
      map,
      'functional.categories',
      budget.functional.map((n) => n.name),
    );
  walk(map, budget.functional, '');
  for (const key of ['total', 'abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'] as const) {
    put(map, `threePublic.${key}`, budget.threePublic?.[key]);
    put(map, `previousYear.threePublic.${key}`, prev?.threePublic?.[key]);
  }
  put(map, 'operatingExpenses', budget.operatingExpenses);
  put(map, 'fiscalAppropriation', budget.fiscalAppropriation);
  put(map, 'procurement', budget.procurement);
  put(map, 'funds.governmentFund', budget.funds?.governmentFund);
  put(map, 'funds.stateCapital', budget.funds?.stateCapital);
  put(map, 'assets.vehicles', budget.assets?.vehicles);
  put(map, 'assets.largeEquipment', budget.assets?.largeEquipment);
  for (const group of ['authorized', 'inService'] as const) {
    for (const key of ['total', 'administrative', 'civilServantManaged', 'institution', 'worker'] as const)
      put(map, `staffing.${group}.${key}`, budget.staffing?.[group]?.[key]);
  }
  put(map, 'staffing.retired', budget.staffing?.retired);
  put(map, 'staffing.offDutyRetired', budget.staffing?.offDutyRetired);
  const stated = budget.stated;
  for (const key of [
    'totalChange',
    'totalGrowthPct',
    'totalChangeReason',
    'operatingExpensesChange',
    'operatingExpensesGrowthPct',
    'operatingExpensesChangeReason',
  ] as const) {
    put(map, `stated.${key}`, stated?.[key]);
  }
  record(map, 'stated.revenueSharesPct', stated?.revenueSharesPct);
  record(map, 'stated.spendingSharesPct', stated?.spendingSharesPct);
  record(map, 'stated.functionalSharesPct', stated?.functionalSharesPct);
  record(map, 'stated.threePublicVsPrevious', stated?.threePublicVsPrevious);
  const tasks = budget.keyWork ?? [];
  if (tasks.length > 0)
    put(
      map,
      'keyWork.titles',
      tasks.map((t) => t.title),
    );
  tasks.forEach((t, i) => put(map, `keyWork[${i}].milestones`, t.milestones.map(milestonePeriod)));
  return map;
}
