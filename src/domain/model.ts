/**
 * The budget as the program reasons about it: every amount already exact (分),
 * every absent figure still absent. Built from a validated file by src/data.
 */
import type { Fen, MoneyUnit } from './money';

export interface CategoryNode {
  /** Stable key: the names from the 类 down, joined by CATEGORY_PATH_SEPARATOR. */
  id: string;
  code?: string;
  name: string;
  nameEn?: string;
  /** The amount the document states for this line, if it states one. */
  amount?: Fen;
  purpose?: string;
  /** 0 = 类, 1 = 款, 2 = 项. */
  depth: number;
  children: CategoryNode[];
}

export interface NamedAmount {
  name: string;
  nameEn?: string;
  amount?: Fen;
}

export interface ThreePublicModel {
  total?: Fen;
  abroad?: Fen;
  reception?: Fen;
  vehiclePurchase?: Fen;
  vehicleOperation?: Fen;
  notes?: Record<string, string>;
}

export interface QuantityModel {
  value: number;
  unit: string;
}

export interface MilestoneModel {
  id: string;
  label: string;
  labelEn?: string;
  start?: string;
  end: string;
  recurrence?: 'monthly' | 'quarterly';
  quantity?: QuantityModel;
  covers?: string[];
}

export interface TaskFigure {
  key?: string;
  label: string;
  labelEn?: string;
  value: number;
  unit: string;
}

export interface TaskModel {
  id: string;
  title: string;
  titleEn?: string;
  summary: string;
  summaryEn?: string;
  milestones: MilestoneModel[];
  figures: TaskFigure[];
}

export type FundUse = Fen | 'none';

export interface StaffGroupModel {
  total?: number;
  administrative?: number;
  civilServantManaged?: number;
  institution?: number;
  worker?: number;
}

export interface StatedClaims {
  totalChange?: Fen;
  totalChangeReason?: string;
  totalGrowthPct?: number;
  revenueSharesPct?: Record<string, number>;
  spendingSharesPct?: Record<string, number>;
  functionalSharesPct?: Record<string, number>;
  operatingExpensesChange?: Fen;
  operatingExpensesGrowthPct?: number;
  operatingExpensesChangeReason?: string;
  threePublicVsPrevious?: Record<string, 'flat' | 'up' | 'down'>;
}

export interface BudgetModel {
  fiscalYear: number;
  unit: MoneyUnit;
  department: { name: string; nameEn?: string; functions?: string; subordinateUnits?: number };
  total: Fen;
  previousYear?: {
    fiscalYear: number;
    total?: Fen;
    operatingExpenses?: Fen;
    fiscalAppropriation?: Fen;
    threePublic?: ThreePublicModel;
  };
  revenue: NamedAmount[];
  spending: { basic?: Fen; project?: Fen; personnel?: Fen; publicOperating?: Fen };
  functional: CategoryNode[];
  threePublic?: ThreePublicModel;
  operatingExpenses?: Fen;
  fiscalAppropriation?: Fen;
  procurement?: Fen;
  procurementPurpose?: string;
  funds?: { governmentFund?: FundUse; stateCapital?: FundUse };
  assets?: { vehicles?: number; largeEquipment?: number; vehiclesByKind?: Record<string, number> };
  staffing?: {
    authorized?: StaffGroupModel;
    inService?: StaffGroupModel;
    retired?: number;
    offDutyRetired?: number;
  };
  keyWork: TaskModel[];
  stated: StatedClaims;
  glossary: { term: string; termEn?: string; definition: string }[];
  source: { title: string; url?: string; publisher?: string };
}

export const CATEGORY_PATH_SEPARATOR = '›';
