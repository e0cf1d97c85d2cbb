import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBudgetValue } from '@/data/parseBudget';
import { SCHEMA_PATH, budgetJsonSchemaText } from '../../scripts/gen-schema';
import { seed } from '../support/seed';
import { resolveRef, validate, type JsonSchema } from './jsonSchemaCheck';

const committed = readFileSync(SCHEMA_PATH, 'utf8');
const schema = JSON.parse(committed) as JsonSchema;

/** The core paths of the budget format contract (shared/budget-format.md), which never change meaning. */
const CORE_PATHS: [path: string, type: string][] = [
  ['formatVersion', 'number'],
  ['fiscalYear', 'integer'],
  ['unit', 'string'],
  ['department.name', 'string'],
  ['total', 'number'],
  ['previousYear.fiscalYear', 'integer'],
  ['previousYear.total', 'number'],
  ['previousYear.operatingExpenses', 'number'],
  ['revenue[].name', 'string'],
  ['revenue[].amount', 'number'],
  ['spending.basic', 'number'],
  ['spending.project', 'number'],
  ['spending.personnel', 'number'],
  ['spending.publicOperating', 'number'],
  ['functional[].code', 'string'],
  ['functional[].name', 'string'],
  ['functional[].amount', 'number'],
  ['functional[].purpose', 'string'],
  ['functional[].children[].children[].amount', 'number'],
  ['threePublic.total', 'number'],
  ['threePublic.abroad', 'number'],
  ['threePublic.reception', 'number'],
  ['threePublic.vehiclePurchase', 'number'],
  ['threePublic.vehicleOperation', 'number'],
  ['operatingExpenses', 'number'],
  ['procurement', 'number'],
  ['assets.vehicles', 'integer'],
  ['staffing.authorized.total', 'integer'],
  ['staffing.inService.total', 'integer'],
  ['staffing.retired', 'integer'],
  ['staffing.offDutyRetired', 'integer'],
  ['keyWork[].id', 'string'],
  ['keyWork[].title', 'string'],
  ['keyWork[].summary', 'string'],
  ['keyWork[].figures[].value', 'number'],
  ['keyWork[].milestones[].id', 'string'],
  ['keyWork[].milestones[].label', 'string'],
  ['keyWork[].milestones[].end', 'string'],
  ['keyWork[].milestones[].start', 'string'],
  ['keyWork[].milestones[].recurrence', 'string'],
  ['keyWork[].milestones[].quantity.value', 'number'],
  ['keyWork[].milestones[].quantity.unit', 'string'],
  ['stated.totalChange', 'number'],
  ['stated.operatingExpensesGrowthPct', 'number'],
  ['stated.functionalSharesPct', 'object'],
  ['glossary[].term', 'string'],
  ['glossary[].definition', 'string'],
  ['source.title', 'string'],
];

function schemaAt(path: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const part of path.split('.')) {
    for (const [, name, arrays] of part.matchAll(/^([^[]+)((?:\[\])*)$/g)) {
      node = node && (resolveRef(schema, node).properties as Record<string, JsonSchema> | undefined)?.[name!];
      for (let i = 0; i < arrays!.length / 2; i += 1) node = node && (resolveRef(schema, node).items as JsonSchema | undefined);
    }
  }
  return node && resolveRef(schema, node);
}

describe('public/budget.schema.json', () => {
  it('is exactly what `npm run gen:schema` writes from the zod schema (run it after changing budgetSchema.ts)', () => {
    expect(budgetJsonSchemaText()).toBe(committed);
  });

  it('has a title and description, no $id, and ends with a newline', () => {
    expect(schema.title).toMatch(/format version 1/);
    expect(schema.description).toMatch(/not 0/);
    expect(committed).not.toContain('"$id"');
    expect(committed.endsWith('}\n')).toBe(true);
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', 'title', 'description', 'type']);
  });

  it.each(CORE_PATHS)('describes the core path %s as %s', (path, type) => {
    expect(schemaAt(path)?.type).toBe(type);
  });

  it('lists the four units and allows no negative amount', () => {
    expect(schemaAt('unit')?.enum).toEqual(['元', '千元', '万元', '亿元']);
    expect(schemaAt('total')?.minimum).toBe(0);
    expect(schemaAt('functional[].children[].amount')?.minimum).toBe(0);
    expect(schema.required).toEqual(
      expect.arrayContaining(['formatVersion', 'fiscalYear', 'unit', 'department', 'total', 'revenue', 'spending', 'functional', 'source']),
    );
  });
});

describe('the seed against both schemas', () => {
  it('parses with the zod schema and validates against the generated JSON Schema', () => {
    expect(parseBudgetValue(seed.file).ok).toBe(true);
    const raw = JSON.parse(readFileSync('public/data/lushan-shebao-2021.json', 'utf8')) as unknown;
    expect(validate(schema, schema, raw)).toEqual([]);
  });

  const broken: [string, (file: Record<string, unknown> & typeof seed.file) => void, string][] = [
    ['a negative 项 amount', (f) => (f.functional[2]!.children![0]!.children![0]!.amount = -1), 'functional[2].children[0].children[0].amount: minimum'],
    ['a text amount', (f) => ((f.spending as Record<string, unknown>).basic = '109.25'), 'spending.basic: type number'],
    ['an unknown unit', (f) => ((f as Record<string, unknown>).unit = '美元'), 'unit: enum'],
    ['no source', (f) => delete (f as Record<string, unknown>).source, 'source: required'],
    ['a milestone date like "March"', (f) => (f.keyWork![0]!.milestones[0]!.end = 'March'), 'keyWork[0].milestones[0].end: pattern'],
    ['a fractional head count', (f) => (f.staffing!.retired = 2.5), 'staffing.retired: type integer'],
    ['a fund that is neither "none" nor an amount', (f) => (f.funds!.governmentFund = 'unused' as 'none'), 'funds.governmentFund: anyOf'],
    ['format version 2', (f) => ((f as Record<string, unknown>).formatVersion = 2), 'formatVersion: const'],
  ];

  it.each(broken)('both reject %s', (_label, edit, error) => {
    const file = structuredClone(seed.file) as Record<string, unknown> & typeof seed.file;
    edit(file);
    expect(validate(schema, schema, file)).toEqual([error]);
    expect(parseBudgetValue(file).ok).toBe(false);
  });

  it('both keep unknown top-level keys', () => {
    const file = { ...seed.file, generatedBy: 'hand' };
    expect(validate(schema, schema, file)).toEqual([]);
    expect(parseBudgetValue(file).ok).toBe(true);
  });
});
