/**
 * What a path of the importer's report is, for the review screen: its label
 * (an i18n key, plus a data name for paths that carry one), the kind of value
 * and where it lives in the budget file. Paths the file has no place for
 * (generalBudget, a combined vehicle figure) are listed but cannot be filled in.
 */
import type { KeyOf } from '@/i18n/keys';

type ImporterKey = KeyOf<'importer'>;

/**
 * The label of a path named in FIXED or LABEL_ONLY, or of a 三公 item: `figure.<path>`. The path
 * is data the type cannot see; tests/i18n/keys.test.ts checks each such key has a label.
 */
const figureKey = (path: string) => `figure.${path}` as ImporterKey;

export type FigureKind = 'money' | 'count' | 'percent' | 'change' | 'text';
export type CountUnit = 'people' | 'posts' | 'vehicles' | 'items' | 'units';

export interface FigureLabel {
  /** Key in the importer namespace. */
  key: ImporterKey;
  /** A data name shown as is (category, revenue source, vehicle kind). */
  name?: string;
  /** A key whose label fills the name (spending share of "basic" → 基本支出). */
  nameKey?: ImporterKey;
}

/** Where a figure sits in the budget file. */
export type FigureSlot = { at: 'object'; keys: string[] } | { at: 'revenue'; name: string } | { at: 'functional'; names: string[] };

export interface FigureInfo {
  label: FigureLabel;
  kind: FigureKind;
  countUnit?: CountUnit;
  slot?: FigureSlot;
}

const THREE_PUBLIC = ['total', 'abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'];
const STAFF_KEYS = ['total', 'administrative', 'civilServantManaged', 'institution', 'worker'];

type KindOfPath = { kind: FigureKind; countUnit?: CountUnit };

/** Fixed paths by kind; the label key is `figure.<path>`. */
const MONEY = [
  'total',
  'fiscalAppropriation',
  'operatingExpenses',
  'procurement',
  'previousYear.total',
  'previousYear.operatingExpenses',
  'previousYear.fiscalAppropriation',
  'spending.basic',
  'spending.project',
  'spending.personnel',
  'spending.publicOperating',
  'funds.governmentFund',
  'funds.stateCapital',
];
const COUNTS: Record<string, CountUnit> = {
  'assets.vehicles': 'vehicles',
  'assets.largeEquipment': 'items',
  'staffing.retired': 'people',
  'staffing.offDutyRetired': 'people',
  'department.subordinateUnits': 'units',
};
const STATED: Record<string, FigureKind> = {
  'stated.totalChange': 'change',
  'stated.totalGrowthPct': 'percent',
  'stated.operatingExpensesChange': 'change',
  'stated.operatingExpensesGrowthPct': 'percent',
  'stated.totalChangeReason': 'text',
  'stated.operatingExpensesChangeReason': 'text',
};

const FIXED: Record<string, KindOfPath> = {
  ...Object.fromEntries(MONEY.map((path) => [path, { kind: 'money' }])),
  ...Object.fromEntries(Object.entries(COUNTS).map(([path, countUnit]) => [path, { kind: 'count', countUnit }])),
  ...Object.fromEntries(Object.entries(STATED).map(([path, kind]) => [path, { kind }])),
};
for (const key of THREE_PUBLIC) {
  FIXED[`threePublic.${key}`] = { kind: 'money' };
  FIXED[`previousYear.threePublic.${key}`] = { kind: 'money' };
}
for (const key of STAFF_KEYS) {
  FIXED[`staffing.authorized.${key}`] = { kind: 'count', countUnit: 'posts' };
  FIXED[`staffing.inService.${key}`] = { kind: 'count', countUnit: 'people' };
}

/** Figures the importer reads on the way but the file has no place for: shown, never filled in. */
const LABEL_ONLY: Record<string, KindOfPath> = {
  generalBudget: { kind: 'money' },
  'threePublic.vehicle': { kind: 'money' },
  'previousYear.threePublic.vehicle': { kind: 'money' },
  'assets.officialVehicles': { kind: 'count', countUnit: 'vehicles' },
};

/** Named figures: a prefix, then a data name. */
const RECORDS: { prefix: string; key: ImporterKey; kind: FigureKind; countUnit?: CountUnit; nameKey?: (name: string) => ImporterKey | undefined }[] = [
  { prefix: 'stated.revenueSharesPct.', key: 'figure.revenueShare', kind: 'percent' },
  {
    prefix: 'stated.spendingSharesPct.',
    key: 'figure.spendingShare',
    kind: 'percent',
    nameKey: (n) => (n === 'basic' || n === 'project' ? `figure.spending.${n}` : undefined),
  },
  { prefix: 'stated.functionalSharesPct.', key: 'figure.functionalShare', kind: 'percent' },
  { prefix: 'stated.threePublicVsPrevious.', key: 'figure.threePublicVsPrevious', kind: 'text', nameKey: (n) => figureKey(`threePublic.${n}`) },
  { prefix: 'assets.vehiclesByKind.', key: 'figure.vehicleKind', kind: 'count', countUnit: 'vehicles' },
];

export const NAME_SEPARATOR = '›';

function functionalInfo(rest: string): FigureInfo {
  const [names, field] = rest.split('#');
  const parts = (names ?? '').split(NAME_SEPARATOR).filter(Boolean);
  const name = parts.join(` ${NAME_SEPARATOR} `);
  if (field) return { label: { key: 'figure.functionalPurpose', name }, kind: 'text' };
  return { label: { key: 'figure.functionalItem', name }, kind: 'money', ...(parts.length > 0 ? { slot: { at: 'functional', names: parts } } : {}) };
}

/** The paths with a label of their own, for the test that each has one. */
export const labelledPaths = (): string[] => [...Object.keys(FIXED), ...Object.keys(LABEL_ONLY)];

const infos = new Map<string, FigureInfo>();

/** The same object for the same path, so rows can skip rendering when nothing changed. */
export function figureInfo(path: string): FigureInfo {
  let info = infos.get(path);
  if (!info) {
    info = describe(path);
    infos.set(path, info);
  }
  return info;
}

function describe(path: string): FigureInfo {
  const fixed = FIXED[path];
  if (fixed) return { label: { key: figureKey(path) }, ...fixed, ...(fixed.kind === 'text' ? {} : { slot: { at: 'object', keys: path.split('.') } }) };
  const labelOnly = LABEL_ONLY[path];
  if (labelOnly) return { label: { key: figureKey(path) }, ...labelOnly };
  // The report writes revenue[名称]; the importer's unsure list writes revenue.名称.
  const revenue = /^revenue(?:\[(.+)\]|\.(.+))$/.exec(path);
  if (revenue) {
    const name = (revenue[1] ?? revenue[2])!;
    return { label: { key: 'figure.revenueItem', name }, kind: 'money', slot: { at: 'revenue', name } };
  }
  if (path.startsWith('functional.')) return functionalInfo(path.slice('functional.'.length));
  for (const record of RECORDS) {
    if (!path.startsWith(record.prefix)) continue;
    const name = path.slice(record.prefix.length);
    const nameKey = record.nameKey?.(name);
    const keys = [...record.prefix.slice(0, -1).split('.'), name];
    return {
      label: { key: record.key, ...(nameKey ? { nameKey } : { name }) },
      kind: record.kind,
      ...(record.countUnit ? { countUnit: record.countUnit } : {}),
      ...(record.kind === 'text' ? {} : { slot: { at: 'object', keys } }),
    };
  }
  if (path === 'revenue' || path === 'functional' || path === 'keyWork') return { label: { key: `figure.group.${path}` }, kind: 'text' };
  return { label: { key: 'figure.other', name: path }, kind: 'money' };
}

export const GROUPS = ['totals', 'revenue', 'spending', 'functional', 'threePublic', 'other', 'staffing', 'stated'] as const;
export type FigureGroup = (typeof GROUPS)[number];

const GROUP_PREFIXES: [string, FigureGroup][] = [
  ['previousYear.threePublic', 'threePublic'],
  ['previousYear.operatingExpenses', 'other'],
  ['previousYear', 'totals'],
  ['revenue', 'revenue'],
  ['spending', 'spending'],
  ['functional', 'functional'],
  ['threePublic', 'threePublic'],
  ['operatingExpenses', 'other'],
  ['procurement', 'other'],
  ['funds', 'other'],
  ['assets', 'other'],
  ['staffing', 'staffing'],
  ['department', 'staffing'],
  ['stated', 'stated'],
];

/** The part of the dashboard a figure belongs to, so the review reads in the same order. */
export function figureGroup(path: string): FigureGroup {
  return GROUP_PREFIXES.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`))?.[1] ?? 'totals';
}
