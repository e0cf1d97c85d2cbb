/** A fixed term of the national template: its Chinese name, as documents write it, and an English one. */
export interface Term {
  name: string;
  nameEn: string;
}

/** Chinese, then English: spending parts, the 三公 items, then the staffing chart's rows. */
const PAIRS = {
  basic: ['基本支出', 'Basic spending'],
  project: ['项目支出', 'Project spending'],
  personnel: ['人员经费', 'Personnel'],
  publicOperating: ['公用经费', 'Public (operating)'],
  abroad: ['因公出国（境）费', 'Official travel abroad'],
  reception: ['公务接待费', 'Official reception'],
  vehiclePurchase: ['公务用车购置费', 'Official vehicle purchase'],
  vehicleOperation: ['公务用车运行维护费', 'Official vehicle operation'],
  authorized: ['编制数', 'Authorized posts'],
  inService: ['在职人员', 'Staff in service'],
  vacant: ['空编', 'Vacant posts'],
  overAuthorized: ['超编', 'Above authorized'],
  retired: ['退休人员', 'Retired'],
  offDutyRetired: ['离休人员', 'Retired veterans (离休)'],
} satisfies Record<string, readonly [name: string, nameEn: string]>;

export const TERMS = Object.fromEntries(Object.entries(PAIRS).map(([key, [name, nameEn]]) => [key, { name, nameEn }])) as Record<keyof typeof PAIRS, Term>;
