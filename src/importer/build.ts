/**
 * Assembles the budget file (shared/budget-format.md) from the figures read.
 * Only resolved figures go in; absent stays absent, conflicts stay out.
 */
import type { Budget, Task } from '@/data/budgetSchema';
import { buildFunctional } from './buildFunctional';
import type { CandidateList } from './figureStore';
import { chooseList, commitList, deriveParts, partListsLeftOut, totalSums } from './reconcile';
import type { Outline } from './extract/functional';
import type { Meta } from './extract/meta';
import { procurementPurpose } from './extract/meta';
import type { Reader } from './reader';

const SPENDING_TIERS = ['A', 'B', 'C'] as const;
const THREE_PUBLIC = ['total', 'abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'] as const;

function defined<T extends object>(o: T): Partial<T> | undefined {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}

/** `{ key: value }` when the value is stated, else nothing: absent stays absent. */
function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** Income sources as the document names them, from the one list that adds up to the total. */
function revenue(reader: Reader, list: CandidateList | undefined, warnings: string[]): Budget['revenue'] {
  if (!list) {
    if (partListsLeftOut(reader.store, 'revenue', list).length > 0) warnings.push('revenue is stated only for part of the budget: left out');
    return [];
  }
  commitList(reader.store, list, (name) => `revenue.${name}`);
  return list.items.map(({ name }) => {
    const amount = reader.money(`revenue.${name}`, 'any', `revenue[${name}]`);
    return { name, ...(amount !== undefined ? { amount } : {}) };
  });
}

/** Shares are kept only for the sources and classes taken: a share of anything else has no figure beside it. */
function named(list: CandidateList | undefined): ReadonlySet<string> {
  return new Set(list?.items.map((i) => i.name) ?? []);
}

function threePublic(reader: Reader, prefix: string): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const key of THREE_PUBLIC) out[key] = reader.money(`${prefix}threePublic.${key}`);
  // A combined 公务用车购置及运行维护费 of 0 means both parts are 0 (amounts are never negative).
  const combined = reader.resolve(`${prefix}threePublic.vehicle`);
  if (combined?.value.kind === 'money' && combined.value.fen === 0) {
    for (const key of ['vehiclePurchase', 'vehicleOperation'] as const) {
      if (out[key] === undefined && !reader.store.conflicts.has(`${prefix}threePublic.${key}`)) {
        out[key] = 0;
        reader.noteDerived(`${prefix}threePublic.${key}`, 0, combined.records[0]!.provenance);
      }
    }
  }
  return out;
}

function funds(reader: Reader, key: 'governmentFund' | 'stateCapital'): number | 'none' | undefined {
  const amount = reader.money(`funds.${key}`);
  if (amount !== undefined) return amount;
  return reader.text(`funds.${key}#none`, `funds.${key}`) === 'none' ? 'none' : undefined;
}

/** Changes the document claims for its parts (stated.basicChange, stated.receptionChangePct…), beyond the total's. */
function claimedChanges(reader: Reader): Record<string, number> {
  const out: Record<string, number> = {};
  for (const path of reader.store.paths('stated.')) {
    const m = /^stated\.(\w+Change(?:Pct)?)$/.exec(path);
    if (!m || /^(?:total|operatingExpenses)Change$/.test(m[1]!)) continue;
    const value = m[1]!.endsWith('Pct') ? reader.num(path) : reader.money(path);
    if (value !== undefined) out[m[1]!] = value;
  }
  return out;
}

export function buildBudget(reader: Reader, meta: Meta, outline: Outline, keyWork: Task[] | undefined, warnings: string[]): Record<string, unknown> {
  // Totals stated differently (a typo, a sub-unit's total): the one its parts add up to is taken.
  reader.store.preferSum(
    'total',
    totalSums(reader.store, (path) => (reader.store.resolve(path, SPENDING_TIERS)?.value.kind === 'money' ? reader.fen(path, SPENDING_TIERS) : undefined)),
    'A',
  );
  const total = reader.money('total', ['A']);
  // Basic and project spending stated for sub-units as well: the pair that makes the total is the unit's.
  const totalFen = reader.fen('total', ['A']);
  if (totalFen !== undefined) {
    const values = (path: string): number[] => reader.store.all(path).flatMap((r) => (r.tier === 'A' && r.value.kind === 'money' ? [r.value.fen] : []));
    reader.store.preferSum(
      'spending.basic',
      values('spending.project').map((p) => totalFen - p),
      'A',
    );
    reader.store.preferSum(
      'spending.project',
      values('spending.basic').map((b) => totalFen - b),
      'A',
    );
  }
  // 类 from the list that adds up (or the first list on purpose); the tree is built from these figures.
  const categories = chooseList(reader.store, 'functional', reader.fen('total', ['A']));
  const revenueList = chooseList(reader.store, 'revenue', reader.fen('total', ['A']));
  if (categories) {
    commitList(reader.store, categories, (name) => `functional.${name}`);
    for (const { name } of categories.items) if (!outline.has(name)) outline.set(name, new Map());
  } else {
    // 类 stated only for a part smaller than the total: the classes exist, their amounts would understate them.
    const parts = reader.store.lists.filter((l) => l.kind === 'functional' && l.tier !== 'A');
    for (const l of parts) for (const { name, known } of l.items) if (known && !outline.has(name)) outline.set(name, new Map());
    if (parts.length > 0)
      warnings.push(
        `类 amounts are stated only for the ${[...new Set(parts.map((l) => (l.tier === 'B' ? '财政拨款' : '一般公共预算')))].join(' / ')} part, which does not equal the total: left out`,
      );
  }
  deriveParts(reader.store, (path) => reader.fen(path));
  const previous = defined({
    total: reader.money('previousYear.total', ['A']),
    operatingExpenses: reader.money('previousYear.operatingExpenses'),
    fiscalAppropriation: reader.money('previousYear.fiscalAppropriation', ['B']),
    threePublic: defined(threePublic(reader, 'previousYear.')),
  });
  const procurement = reader.resolve('procurement');
  const stated = defined({
    totalChange: reader.money('stated.totalChange', ['A']),
    totalChangeReason: reader.text('stated.totalChangeReason'),
    totalGrowthPct: reader.num('stated.totalGrowthPct'),
    revenueSharesPct: reader.record('stated.revenueSharesPct.', 'number', named(revenueList)),
    spendingSharesPct: reader.record('stated.spendingSharesPct.', 'number'),
    functionalSharesPct: reader.record('stated.functionalSharesPct.', 'number', new Set([...named(categories), ...outline.keys()])),
    operatingExpensesChange: reader.money('stated.operatingExpensesChange'),
    operatingExpensesGrowthPct: reader.num('stated.operatingExpensesGrowthPct'),
    operatingExpensesChangeReason: reader.text('stated.operatingExpensesChangeReason'),
    ...claimedChanges(reader),
    threePublicVsPrevious: defined(Object.fromEntries(reader.store.paths('stated.threePublicVsPrevious.').map((p) => [p.slice(29), reader.text(p)]))),
  });
  const vehicles = reader.num('assets.vehicles') ?? reader.num('assets.officialVehicles', 'assets.vehicles');
  const kinds = defined(Object.fromEntries(reader.store.paths('assets.vehiclesByKind.').map((p) => [p.slice(22), reader.num(p)])));
  const group = (name: 'authorized' | 'inService') =>
    defined({
      total: reader.num(`staffing.${name}.total`),
      administrative: reader.num(`staffing.${name}.administrative`),
      civilServantManaged: reader.num(`staffing.${name}.civilServantManaged`),
      institution: reader.num(`staffing.${name}.institution`),
      worker: reader.num(`staffing.${name}.worker`),
    });
  const purpose = procurement ? procurementPurpose(procurement.records[0]!.provenance.sentence) : undefined;
  const threePublicNow = defined(threePublic(reader, ''));
  const fundUse = defined({ governmentFund: funds(reader, 'governmentFund'), stateCapital: funds(reader, 'stateCapital') });
  const assets = defined({ vehicles, largeEquipment: reader.num('assets.largeEquipment'), vehiclesByKind: kinds });
  const staffing = defined({
    authorized: group('authorized'),
    inService: group('inService'),
    retired: reader.num('staffing.retired'),
    offDutyRetired: reader.num('staffing.offDutyRetired'),
  });
  return {
    formatVersion: 1,
    ...opt('fiscalYear', meta.fiscalYear),
    unit: reader.unit,
    department: { ...opt('name', meta.department), ...opt('functions', meta.functions), ...opt('subordinateUnits', reader.num('department.subordinateUnits')) },
    ...opt('total', total),
    ...(previous && meta.fiscalYear !== undefined ? { previousYear: { fiscalYear: meta.fiscalYear - 1, ...previous } } : {}),
    revenue: revenue(reader, revenueList, warnings),
    spending:
      defined({
        // The whole budget's figure first; a part's (财政拨款, 一般公共预算) only when the whole states none.
        basic: reader.money('spending.basic', SPENDING_TIERS),
        project: reader.money('spending.project', SPENDING_TIERS),
        personnel: reader.money('spending.personnel'),
        publicOperating: reader.money('spending.publicOperating'),
      }) ?? {},
    functional: buildFunctional(reader, outline, warnings),
    ...opt('threePublic', threePublicNow),
    ...opt('operatingExpenses', reader.money('operatingExpenses')),
    ...opt('fiscalAppropriation', reader.money('fiscalAppropriation', ['B'])),
    ...opt('procurement', procurement ? reader.money('procurement') : undefined),
    ...opt('procurementPurpose', purpose),
    ...opt('funds', fundUse),
    ...opt('assets', assets),
    ...opt('staffing', staffing),
    ...(keyWork && keyWork.length > 0 ? { keyWork } : {}),
    ...opt('stated', stated),
    ...(meta.glossary.length > 0 ? { glossary: meta.glossary } : {}),
    source: {
      title: meta.title ?? [meta.department, meta.fiscalYear && `${meta.fiscalYear} 年`, '部门预算'].filter(Boolean).join(' '),
      ...opt('publisher', meta.department),
    },
  };
}
