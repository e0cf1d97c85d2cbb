/** Staffing figures and cost per person, from what the document states. */
import type { BudgetModel, CategoryNode, StaffGroupModel } from './model';
import { UNIT_EXPONENT, type Fen, type MoneyUnit } from './money';

export interface StaffingSummary {
  authorized?: number;
  inService?: number;
  /** authorized − in service, when both are stated and the result is not negative. */
  vacant?: number;
  /** in service − authorized, when more people serve than posts exist. */
  overAuthorized?: number;
  retired?: number;
  offDutyRetired?: number;
  /** Amount per person in service, in 分 rounded to the nearest 分. */
  budgetPerPerson?: Fen;
  personnelPerPerson?: Fen;
}

/** amount ÷ people in exact 分 (nearest 分); undefined without both figures or with nobody to divide by. */
export function perPerson(amount: Fen | undefined, people: number | undefined): Fen | undefined {
  if (amount === undefined || people === undefined || people <= 0) return undefined;
  return Math.round(amount / people) as Fen;
}

/**
 * A derived figure (not one the document wrote) rounded to `decimals` of the
 * display unit, so 12.138889 万元 shows as 12.14 万元. Only for display.
 */
export function roundForDisplay(fen: Fen, unit: MoneyUnit, decimals = 2): Fen {
  const step = 10 ** Math.max(0, UNIT_EXPONENT[unit] - decimals);
  return (Math.round(fen / step) * step) as Fen;
}

/** `amount` is what to divide: the total, or the filtered category's amount. */
export function staffingSummary(budget: BudgetModel, amount: Fen | undefined = budget.total): StaffingSummary {
  const s = budget.staffing;
  const authorized = s?.authorized?.total;
  const inService = s?.inService?.total;
  const bothStated = authorized !== undefined && inService !== undefined;
  const out: StaffingSummary = {};
  if (authorized !== undefined) out.authorized = authorized;
  if (inService !== undefined) out.inService = inService;
  if (bothStated && authorized >= inService) out.vacant = authorized - inService;
  if (bothStated && inService > authorized) out.overAuthorized = inService - authorized;
  if (s?.retired !== undefined) out.retired = s.retired;
  if (s?.offDutyRetired !== undefined) out.offDutyRetired = s.offDutyRetired;
  const budgetPer = perPerson(amount, inService);
  if (budgetPer !== undefined) out.budgetPerPerson = budgetPer;
  const personnelPer = perPerson(budget.spending.personnel, inService);
  if (personnelPer !== undefined) out.personnelPerPerson = personnelPer;
  return out;
}

/** Posts and people of one kind; a column the document leaves out stays absent. */
export interface StaffKindRow {
  kind: StaffKind;
  authorized?: number;
  inService?: number;
}

/** The kinds of post the national template lists (行政, 参公事业, 事业, 工勤). */
export const STAFF_KINDS = ['administrative', 'civilServantManaged', 'institution', 'worker'] as const;
export type StaffKind = (typeof STAFF_KINDS)[number];

/** Posts and people by kind, only for the kinds the document states in either column. */
export function staffingByKind(budget: BudgetModel): StaffKindRow[] {
  const authorized: StaffGroupModel = budget.staffing?.authorized ?? {};
  const inService: StaffGroupModel = budget.staffing?.inService ?? {};
  return STAFF_KINDS.filter((kind) => authorized[kind] !== undefined || inService[kind] !== undefined).map((kind) => ({
    kind,
    ...(authorized[kind] !== undefined ? { authorized: authorized[kind] } : {}),
    ...(inService[kind] !== undefined ? { inService: inService[kind] } : {}),
  }));
}

/** 社会保障和就业支出 (208): pensions, retirees' costs and social insurance, not money spent on the staff in service. */
const NOT_PER_STAFF_CLASS = { code: '208', name: '社会保障和就业支出' };
/** Lines whose money goes to retirees or the deceased, wherever they sit. */
const NOT_PER_STAFF_WORDS = /离退休|退休|离休|抚恤|遗属|死亡/;

/**
 * Whether dividing a category's money by the staff in service says something: not
 * for 社会保障和就业, which is mostly retirees' and contributions, nor for any line
 * about retirees, survivors or the deceased. `trail` runs from the 类 down.
 */
export function perPersonMeaningful(trail: readonly Pick<CategoryNode, 'name' | 'code'>[]): boolean {
  const [top] = trail;
  if (!top) return true;
  if (top.code?.startsWith(NOT_PER_STAFF_CLASS.code) || top.name === NOT_PER_STAFF_CLASS.name) return false;
  return !trail.some((node) => NOT_PER_STAFF_WORDS.test(node.name));
}
