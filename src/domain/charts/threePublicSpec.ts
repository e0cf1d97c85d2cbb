/**
 * Specs for the year-on-year figures of 其他重要事项: “三公”经费 by kind against
 * last year, and 机关运行经费 last year vs this year.
 */
import type { BudgetModel, ThreePublicModel } from '../model';
import { sum, type Fen } from '../money';
import { computeFindings } from '../findings';
import { percentOf } from '../percent';
import { operatingExpensesChange } from '../yearOverYear';
import type { AmountSpec, SpecRow } from './spec';
import { TERMS } from './terms';

export const THREE_PUBLIC_KINDS = ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'] as const;
export type ThreePublicKind = (typeof THREE_PUBLIC_KINDS)[number];

/**
 * stated: the document gives a figure (possibly 0).
 * notBudgeted: no figure, and the document's note says the item is not in the budget
 *   (the template's "暂未编入…预算" / "不涉及此项业务"). Not stated, and not 0 either.
 * notStated: no figure and no such note.
 */
export type ThreePublicStatus = 'stated' | 'notBudgeted' | 'notStated';

/** Last year, as a figure when the file has one, else the document's own word (持平…). */
export type PreviousComparison = { kind: 'amount'; value: Fen; change?: Fen } | { kind: 'stated'; direction: 'flat' | 'up' | 'down' };

export interface ThreePublicRow extends SpecRow {
  key: ThreePublicKind;
  status: ThreePublicStatus;
  note?: string;
  previous?: PreviousComparison;
}

export interface ThreePublicSpec extends AmountSpec {
  rows: ThreePublicRow[];
  previousYear?: number;
  /** Sum of the kinds the document states a figure for. */
  partsSum?: Fen;
  /** partsSum equals the stated total (undefined when either is missing). */
  partsMatchTotal?: boolean;
  totalPrevious?: PreviousComparison;
}

const NOT_BUDGETED = /未编入|未安排|不涉及/;

/** The document groups both vehicle lines as "公务用车购置及运行维护费" when comparing. */
const STATED_KEYS: Record<ThreePublicKind | 'total', string[]> = {
  abroad: ['abroad'],
  reception: ['reception'],
  vehiclePurchase: ['vehiclePurchase', 'vehicle'],
  vehicleOperation: ['vehicleOperation', 'vehicle'],
  total: ['total'],
};

function previousOf(budget: BudgetModel, key: ThreePublicKind | 'total', current: Fen | undefined): PreviousComparison | undefined {
  const figure = budget.previousYear?.threePublic?.[key];
  if (figure !== undefined) return { kind: 'amount', value: figure, ...(current !== undefined ? { change: (current - figure) as Fen } : {}) };
  const claims = budget.stated.threePublicVsPrevious ?? {};
  const direction = STATED_KEYS[key].map((k) => claims[k]).find((d) => d !== undefined);
  return direction ? { kind: 'stated', direction } : undefined;
}

function statusOf(value: Fen | undefined, note: string | undefined): ThreePublicStatus {
  if (value !== undefined) return 'stated';
  return note !== undefined && NOT_BUDGETED.test(note) ? 'notBudgeted' : 'notStated';
}

function kindRow(budget: BudgetModel, tp: ThreePublicModel, key: ThreePublicKind): ThreePublicRow {
  const value = tp[key];
  const note = tp.notes?.[key];
  const share = percentOf(value, tp.total);
  const previous = previousOf(budget, key, value);
  return {
    key,
    ...TERMS[key],
    ...(value !== undefined ? { value } : {}),
    ...(share !== undefined ? { share } : {}),
    status: statusOf(value, note),
    ...(note !== undefined ? { note } : {}),
    ...(previous ? { previous } : {}),
  };
}

/** “三公”经费 by kind in the template's order; undefined when the document has no such section. */
export function threePublicSpec(budget: BudgetModel): ThreePublicSpec | undefined {
  const tp = budget.threePublic;
  if (!tp) return undefined;
  const rows = THREE_PUBLIC_KINDS.map((key) => kindRow(budget, tp, key));
  const stated = rows.map((r) => r.value).filter((v): v is Fen => v !== undefined);
  const partsSum = stated.length > 0 ? sum(stated) : undefined;
  const totalPrevious = previousOf(budget, 'total', tp.total);
  return {
    id: 'threePublic',
    kind: 'bar',
    rows,
    ...(tp.total !== undefined ? { total: tp.total } : {}),
    ...(budget.previousYear ? { previousYear: budget.previousYear.fiscalYear } : {}),
    ...(partsSum !== undefined ? { partsSum } : {}),
    ...(partsSum !== undefined && tp.total !== undefined ? { partsMatchTotal: partsSum === tp.total } : {}),
    ...(totalPrevious ? { totalPrevious } : {}),
  };
}

/** 机关运行经费: last year and this year, in that order (a row stays, unstated, when its figure is missing). */
export function operatingExpensesSpec(budget: BudgetModel): AmountSpec | undefined {
  const { current, previous, previousYear } = operatingExpensesChange(budget);
  if (current === undefined && previous === undefined) return undefined;
  const year = (fiscalYear: number, value: Fen | undefined): SpecRow => ({
    key: String(fiscalYear),
    name: `${fiscalYear} 年`,
    nameEn: String(fiscalYear),
    ...(value !== undefined ? { value } : {}),
  });
  const rows = [...(previousYear !== undefined ? [year(previousYear, previous)] : []), year(budget.fiscalYear, current)];
  return { id: 'operatingExpenses', kind: 'bar', rows };
}

export interface StatedGrowthCheck {
  stated: number;
  computed: number;
  matches: boolean;
  /** The stated rate equals the change divided by this year's figure instead of last year's. */
  dividedByCurrent: boolean;
}

/**
 * The document's growth rate for 机关运行经费 beside the computed one, read from the
 * same finding the Checks section lists, so the two never disagree.
 */
export function operatingGrowthCheck(budget: BudgetModel): StatedGrowthCheck | undefined {
  const finding = computeFindings(budget).find((f) => f.id === 'growth:operatingExpenses');
  if (finding?.stated?.kind !== 'percent' || finding.computed?.kind !== 'percent') return undefined;
  return {
    stated: finding.stated.value,
    computed: finding.computed.value,
    matches: finding.status === 'pass',
    dividedByCurrent: finding.hint === 'dividedByCurrent',
  };
}
