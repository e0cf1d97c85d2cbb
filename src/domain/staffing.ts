/** Staffing figures and cost per person, from what the document states. */
import type { BudgetModel } from './model';
import type { Fen } from './money';

export interface StaffingSummary {
  authorized?: number;
  inService?: number;
  /** authorized − in service, when both are stated and the result is not negative. */
  vacant?: number;
  retired?: number;
  offDutyRetired?: number;
  /** Amount per person in service, in 分 rounded to the nearest 分. */
  budgetPerPerson?: Fen;
  personnelPerPerson?: Fen;
}

function perPerson(amount: Fen | undefined, people: number | undefined): Fen | undefined {
  if (amount === undefined || people === undefined || people <= 0) return undefined;
  return Math.round(amount / people) as Fen;
}

/** `amount` is what to divide: the total, or the filtered category's amount. */
export function staffingSummary(budget: BudgetModel, amount: Fen | undefined = budget.total): StaffingSummary {
  const s = budget.staffing;
  const authorized = s?.authorized?.total;
  const inService = s?.inService?.total;
  const vacant = authorized !== undefined && inService !== undefined && authorized >= inService ? authorized - inService : undefined;
  const out: StaffingSummary = {};
  if (authorized !== undefined) out.authorized = authorized;
  if (inService !== undefined) out.inService = inService;
  if (vacant !== undefined) out.vacant = vacant;
  if (s?.retired !== undefined) out.retired = s.retired;
  if (s?.offDutyRetired !== undefined) out.offDutyRetired = s.offDutyRetired;
  const budgetPer = perPerson(amount, inService);
  if (budgetPer !== undefined) out.budgetPerPerson = budgetPer;
  const personnelPer = perPerson(budget.spending.personnel, inService);
  if (personnelPer !== undefined) out.personnelPerPerson = personnelPer;
  return out;
}
