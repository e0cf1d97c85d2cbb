import { normalizeText } from '@/domain/text';
import { z } from './zod';
import { daysInMonth } from '@/domain/period';

/**
 * The budget file format, version 1 — the only source of the `Budget` type.
 * Core paths follow shared/budget-format.md and never change meaning; optional
 * additions sit beside them. `public/budget.schema.json` is generated from this.
 *
 * Amounts are plain numbers in the file's own `unit`; decimal limits per unit are
 * checked in `validateBudget` because they depend on the sibling `unit` field.
 */

// zod/mini: the same checks as zod's methods, as functions the bundler can leave out when unused.
const amount = z.number().check(z.nonnegative());
const count = z.int().check(z.nonnegative());

/** The longest name (a unit, category, task, step, label, id): real ones are under 100 characters; a 19 MB name took 27 s to draw. */
export const MAX_NAME_CHARS = 500;
/** The longest free text (a purpose, summary, definition, reason, note). */
export const MAX_TEXT_CHARS = 20_000;

// Every string is normalised on the way in (NFC, controls dropped, lone surrogates replaced: src/domain/text.ts), then measured.
const shortText = z.string().check(z.overwrite(normalizeText), z.maxLength(MAX_NAME_CHARS));
const text = z.string().check(z.overwrite(normalizeText), z.minLength(1), z.maxLength(MAX_NAME_CHARS));
const longText = z.string().check(z.overwrite(normalizeText), z.maxLength(MAX_TEXT_CHARS));

export const UNITS = ['元', '千元', '万元', '亿元'] as const;
export const unitSchema = z.enum(UNITS);

export const categorySchema = z.object({
  code: z.optional(shortText),
  name: text,
  nameEn: z.optional(shortText),
  amount: z.optional(amount),
  purpose: z.optional(longText),
  get children(): z.ZodMiniOptional<z.ZodMiniArray<typeof categorySchema>> {
    return z.optional(z.array(categorySchema));
  },
});

const namedAmount = z.object({
  name: text,
  nameEn: z.optional(shortText),
  amount: z.optional(amount),
});

const quantity = z.object({ value: z.number().check(z.nonnegative()), unit: text });

/** "2021-02", "2021-02-28", "2021-Q2" or "2021-H1". */
export const periodPattern = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$|^\d{4}-(Q[1-4]|H[12])$/;
/** The forms a period may take, as the report shows them (the same in both languages). */
export const PERIOD_FORMS = '2021-02 | 2021-02-28 | 2021-Q2 | 2021-H1';
/** The issue code of a day the calendar does not have (2021-02-30): the report words it (issueMessages.ts). */
export const INVALID_DAY = 'invalid_day';

/** False only for a well-formed day its month does not have; other forms are the pattern's business. */
function isRealDay(text: string): boolean {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return !day || Number(day[3]) <= daysInMonth(Number(day[1]), Number(day[2]));
}

const period = z
  .string()
  .check(z.regex(periodPattern, PERIOD_FORMS), z.refine(isRealDay, { message: 'not a real calendar day', params: { code: INVALID_DAY } }));

const milestoneSchema = z.object({
  id: text,
  label: text,
  labelEn: z.optional(shortText),
  end: period,
  start: z.optional(period),
  recurrence: z.optional(z.enum(['monthly', 'quarterly'])),
  quantity: z.optional(quantity),
  /** Keys of the task's `figures` this step covers, e.g. the retirement cohorts paid in April. */
  covers: z.optional(z.array(text)),
});

const figureSchema = z.object({
  key: z.optional(shortText),
  label: text,
  labelEn: z.optional(shortText),
  value: z.number(),
  unit: text,
});

const taskSchema = z.object({
  id: text,
  title: text,
  titleEn: z.optional(shortText),
  summary: longText,
  summaryEn: z.optional(longText),
  milestones: z.array(milestoneSchema),
  figures: z.optional(z.array(figureSchema)),
});

const threePublicSchema = z.object({
  total: z.optional(amount),
  abroad: z.optional(amount),
  reception: z.optional(amount),
  vehiclePurchase: z.optional(amount),
  vehicleOperation: z.optional(amount),
});

/** A fund the document says the unit does not use is "none", not 0. */
const fundUse = z.union([z.literal('none'), amount]);

const staffGroup = z.object({
  total: z.optional(count),
  administrative: z.optional(count),
  civilServantManaged: z.optional(count),
  institution: z.optional(count),
  worker: z.optional(count),
});

const opt = z.optional;

export const budgetSchema = z.looseObject({
  formatVersion: z.literal(1),
  fiscalYear: z.int().check(z.gte(1949), z.lte(2200)),
  unit: unitSchema,
  department: z.object({
    name: text,
    nameEn: opt(shortText),
    functions: opt(longText),
    subordinateUnits: opt(count),
  }),
  total: amount,
  previousYear: opt(
    z.object({
      fiscalYear: z.int(),
      total: opt(amount),
      operatingExpenses: opt(amount),
      fiscalAppropriation: opt(amount),
      threePublic: opt(threePublicSchema),
    }),
  ),
  revenue: z.array(namedAmount),
  spending: z.object({
    basic: opt(amount),
    project: opt(amount),
    personnel: opt(amount),
    publicOperating: opt(amount),
  }),
  functional: z.array(categorySchema),
  threePublic: opt(z.extend(threePublicSchema, { notes: opt(z.record(shortText, longText)) })),
  operatingExpenses: opt(amount),
  /** 财政拨款收支总预算, when the document states it apart from the total. */
  fiscalAppropriation: opt(amount),
  procurement: opt(amount),
  procurementPurpose: opt(longText),
  funds: opt(z.object({ governmentFund: opt(fundUse), stateCapital: opt(fundUse) })),
  assets: opt(
    z.object({
      vehicles: opt(count),
      largeEquipment: opt(count),
      vehiclesByKind: opt(z.record(shortText, count)),
    }),
  ),
  staffing: opt(
    z.object({
      authorized: opt(staffGroup),
      inService: opt(staffGroup),
      retired: opt(count),
      offDutyRetired: opt(count),
    }),
  ),
  keyWork: opt(z.array(taskSchema)),
  stated: opt(
    z.catchall(
      z.object({
        totalChange: opt(z.number()),
        totalChangeReason: opt(longText),
        totalGrowthPct: opt(z.number()),
        revenueSharesPct: opt(z.record(shortText, z.number())),
        spendingSharesPct: opt(z.record(shortText, z.number())),
        functionalSharesPct: opt(z.record(shortText, z.number())),
        operatingExpensesChange: opt(z.number()),
        operatingExpensesGrowthPct: opt(z.number()),
        operatingExpensesChangeReason: opt(longText),
        threePublicVsPrevious: opt(z.record(shortText, z.enum(['flat', 'up', 'down']))),
      }),
      z.unknown(),
    ),
  ),
  glossary: opt(z.array(z.object({ term: text, termEn: opt(shortText), definition: longText }))),
  source: z.object({ title: text, url: opt(longText), publisher: opt(shortText) }),
  // Unknown top-level keys are kept and ignored (contract: forward compatible): a loose object.
});

export type Budget = z.infer<typeof budgetSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Unit = Budget['unit'];
export type Task = NonNullable<Budget['keyWork']>[number];
export type Milestone = Task['milestones'][number];
export type ThreePublic = NonNullable<Budget['threePublic']>;
