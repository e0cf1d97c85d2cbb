import { z } from 'zod';

// No code generation: zod's JIT probes `new Function`, which the Content-Security-Policy
// (script-src without 'unsafe-eval', see vite.csp.ts) refuses and reports as a violation.
z.config({ jitless: true });

/**
 * The budget file format, version 1 — the only source of the `Budget` type.
 * Core paths follow shared/budget-format.md and never change meaning; optional
 * additions sit beside them. `public/budget.schema.json` is generated from this.
 *
 * Amounts are plain numbers in the file's own `unit`; decimal limits per unit are
 * checked in `validateBudget` because they depend on the sibling `unit` field.
 */

const amount = z.number().nonnegative();
const count = z.number().int().nonnegative();
const text = z.string().min(1);

export const UNITS = ['元', '千元', '万元', '亿元'] as const;
export const unitSchema = z.enum(UNITS);

export const categorySchema = z.object({
  code: z.string().optional(),
  name: text,
  nameEn: z.string().optional(),
  amount: amount.optional(),
  purpose: z.string().optional(),
  get children(): z.ZodOptional<z.ZodArray<typeof categorySchema>> {
    return z.array(categorySchema).optional();
  },
});

const namedAmount = z.object({
  name: text,
  nameEn: z.string().optional(),
  amount: amount.optional(),
});

const quantity = z.object({ value: z.number().nonnegative(), unit: text });

/** "2021-02", "2021-02-28", "2021-Q2" or "2021-H1". */
export const periodPattern = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$|^\d{4}-(Q[1-4]|H[12])$/;
const period = z.string().regex(periodPattern, 'expected a date like 2021-02, 2021-02-28, 2021-Q2 or 2021-H1');

const milestoneSchema = z.object({
  id: text,
  label: text,
  labelEn: z.string().optional(),
  end: period,
  start: period.optional(),
  recurrence: z.enum(['monthly', 'quarterly']).optional(),
  quantity: quantity.optional(),
  /** Keys of the task's `figures` this step covers, e.g. the retirement cohorts paid in April. */
  covers: z.array(text).optional(),
});

const figureSchema = z.object({
  key: z.string().optional(),
  label: text,
  labelEn: z.string().optional(),
  value: z.number(),
  unit: text,
});

const taskSchema = z.object({
  id: text,
  title: text,
  titleEn: z.string().optional(),
  summary: z.string(),
  summaryEn: z.string().optional(),
  milestones: z.array(milestoneSchema),
  figures: z.array(figureSchema).optional(),
});

const threePublicSchema = z.object({
  total: amount.optional(),
  abroad: amount.optional(),
  reception: amount.optional(),
  vehiclePurchase: amount.optional(),
  vehicleOperation: amount.optional(),
});

/** A fund the document says the unit does not use is "none", not 0. */
const fundUse = z.union([z.literal('none'), amount]);

const staffGroup = z.object({
  total: count.optional(),
  administrative: count.optional(),
  civilServantManaged: count.optional(),
  institution: count.optional(),
  worker: count.optional(),
});

export const budgetSchema = z
  .object({
    formatVersion: z.literal(1),
    fiscalYear: z.number().int().min(1949).max(2200),
    unit: unitSchema,
    department: z.object({
      name: text,
      nameEn: z.string().optional(),
      functions: z.string().optional(),
      subordinateUnits: count.optional(),
    }),
    total: amount,
    previousYear: z
      .object({
        fiscalYear: z.number().int(),
        total: amount.optional(),
        operatingExpenses: amount.optional(),
        fiscalAppropriation: amount.optional(),
        threePublic: threePublicSchema.optional(),
      })
      .optional(),
    revenue: z.array(namedAmount),
    spending: z.object({
      basic: amount.optional(),
      project: amount.optional(),
      personnel: amount.optional(),
      publicOperating: amount.optional(),
    }),
    functional: z.array(categorySchema),
    threePublic: threePublicSchema.extend({ notes: z.record(z.string(), z.string()).optional() }).optional(),
    operatingExpenses: amount.optional(),
    /** 财政拨款收支总预算, when the document states it apart from the total. */
    fiscalAppropriation: amount.optional(),
    procurement: amount.optional(),
    procurementPurpose: z.string().optional(),
    funds: z
      .object({ governmentFund: fundUse.optional(), stateCapital: fundUse.optional() })
      .optional(),
    assets: z
      .object({
        vehicles: count.optional(),
        largeEquipment: count.optional(),
        vehiclesByKind: z.record(z.string(), count).optional(),
      })
      .optional(),
    staffing: z
      .object({
        authorized: staffGroup.optional(),
        inService: staffGroup.optional(),
        retired: count.optional(),
        offDutyRetired: count.optional(),
      })
      .optional(),
    keyWork: z.array(taskSchema).optional(),
    stated: z
      .object({
        totalChange: z.number().optional(),
        totalChangeReason: z.string().optional(),
        totalGrowthPct: z.number().optional(),
        revenueSharesPct: z.record(z.string(), z.number()).optional(),
        spendingSharesPct: z.record(z.string(), z.number()).optional(),
        functionalSharesPct: z.record(z.string(), z.number()).optional(),
        operatingExpensesChange: z.number().optional(),
        operatingExpensesGrowthPct: z.number().optional(),
        operatingExpensesChangeReason: z.string().optional(),
        threePublicVsPrevious: z.record(z.string(), z.enum(['flat', 'up', 'down'])).optional(),
      })
      .catchall(z.unknown())
      .optional(),
    glossary: z.array(z.object({ term: text, termEn: z.string().optional(), definition: z.string() })).optional(),
    source: z.object({ title: text, url: z.string().optional(), publisher: z.string().optional() }),
  })
  // Unknown top-level keys are kept and ignored (contract: forward compatible).
  .loose();

export type Budget = z.infer<typeof budgetSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Unit = Budget['unit'];
export type Task = NonNullable<Budget['keyWork']>[number];
export type Milestone = Task['milestones'][number];
export type ThreePublic = NonNullable<Budget['threePublic']>;
