/**
 * Budget explanation text in, budget file and report out. Pure: no DOM, no
 * Node APIs, so the same code runs in the browser and in the CLI. Never throws.
 */
import { findAmountIssues } from '@/data/amountPrecision';
import { budgetSchema } from '@/data/budgetSchema';
import { MAX_DECIMALS, UNIT_EXPONENT, type MoneyUnit } from '@/domain/money';
import { buildBudget } from './build';
import { declaredUnit, sentencesOf, type DocContext } from './context';
import { extractCounts } from './extract/counts';
import { extractFunctional, type Outline } from './extract/functional';
import { extractKeyWork } from './extract/keyWork';
import { extractMeta } from './extract/meta';
import { extractMoney } from './extract/money';
import { extractZeros } from './extract/zeros';
import { FigureStore } from './figureStore';
import { normalizeText } from './normalize';
import { Reader, moneyValue } from './reader';
import { coreNotFound, failure } from './report';
import { parseStructure } from './structure';
import type { Conflict, ImportResult, RequiredField } from './types';

/** Any money figure read under a label: what makes a text a budget explanation at all. */
function statesAmount(store: FigureStore): boolean {
  return store.paths().some((p) => store.all(p).some((r) => r.value.kind === 'money')) || store.lists.length > 0 || store.unsure.length > 0;
}

/** The draft with stand-ins for the fields to fill, only so the schema can check the rest; never returned. */
function withStandIns(value: Record<string, unknown>, toFill: readonly RequiredField[]): Record<string, unknown> {
  const out = { ...value };
  if (toFill.includes('department.name')) out.department = { ...(value.department as object), name: '—' };
  if (toFill.includes('fiscalYear')) out.fiscalYear = 2000;
  if (toFill.includes('total')) out.total = 0;
  return out;
}

function missingRequired(value: Record<string, unknown>): RequiredField[] {
  const out: RequiredField[] = [];
  const department = value.department as { name?: string };
  if (!department.name) out.push('department.name');
  if (value.fiscalYear === undefined) out.push('fiscalYear');
  if (value.total === undefined) out.push('total');
  return out;
}

/** A document about the 三公 expenses alone: its title (first lines) names them. */
function isThreePublicOnly(lines: readonly string[]): boolean {
  return lines.slice(0, 4).some((l) => /三公/.test(l) && !/部门预算(?:编制)?(?:情况)?说明|收支/.test(l));
}

/** The usual unit of the text; 元 when some figure is finer than the usual unit allows. */
function chooseUnit(doc: DocContext, store: FigureStore, warnings: string[]): MoneyUnit {
  const counts = [...doc.unitCounts.entries()].sort((a, b) => b[1] - a[1]);
  const preferred = doc.declaredUnit ?? counts[0]?.[0] ?? '万元';
  const step = 10 ** (UNIT_EXPONENT[preferred] - MAX_DECIMALS[preferred]);
  const fine = store.paths().some((p) => store.all(p).some((r) => r.value.kind === 'money' && r.value.fen % step !== 0));
  if (fine && preferred !== '元') {
    warnings.push(`some figures are finer than ${preferred} allows: the file is written in 元`);
    return '元';
  }
  const others = counts.map(([u]) => u).filter((u) => u !== preferred);
  if (others.length > 0) warnings.push(`some figures are written in ${others.join(', ')}: converted exactly to ${preferred}`);
  return preferred;
}

function run(text: string): ImportResult {
  if (!text || !text.trim()) return failure('empty');
  const lines = normalizeText(text);
  const blocks = parseStructure(lines);
  const sentences = sentencesOf(blocks);
  const meta = extractMeta(blocks, lines);
  if (meta.finalAccounts) return failure('final_accounts');
  const doc: DocContext = {
    ...(declaredUnit(lines) ? { declaredUnit: declaredUnit(lines)! } : {}),
    unitCounts: new Map(),
    ...(meta.department ? { unitName: meta.department } : {}),
    ...(meta.fiscalYear !== undefined ? { fiscalYear: meta.fiscalYear } : {}),
    threePublicOnly: isThreePublicOnly(lines),
  };
  const store = new FigureStore();
  const outline: Outline = new Map();
  extractMoney(sentences, store, doc);
  extractFunctional(sentences, store, doc, outline);
  extractCounts(sentences, store);
  extractZeros(sentences, store);
  const warnings: string[] = [];
  const reader = new Reader(store, chooseUnit(doc, store, warnings));
  if (!statesAmount(store)) return failure('not_explanation', { store, unit: reader.unit, warnings });
  const keyWork = meta.fiscalYear === undefined ? undefined : extractKeyWork(blocks, meta.fiscalYear);
  const built = buildBudget(reader, meta, outline, keyWork, warnings);
  const conflicts: Conflict[] = [...store.conflicts.entries()].map(([path, records]) => ({
    path,
    values: records.map((r) => ({ value: r.value.kind === 'money' ? moneyValue(r.value.fen, reader.unit) : r.value.value, provenance: r.provenance })),
  }));
  const toFill = missingRequired(built);
  // The checks of parseBudgetValue (schema, then decimals per unit), on the file with stand-ins for what is to fill.
  const parsed = budgetSchema.safeParse(withStandIns(built, toFill));
  const issues = parsed.success
    ? findAmountIssues(parsed.data).map((a) => `${a.path.join('.')}: ${a.code} ${a.value}`)
    : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  if (!parsed.success || issues.length > 0) return failure('invalid_output', { store, unit: reader.unit, warnings: [...warnings, ...issues] });
  const report = { ok: true, unit: reader.unit, found: reader.found, notFound: coreNotFound(parsed.data, reader.found, store), conflicts, warnings };
  if (toFill.length > 0) return { draft: { value: built, toFill }, report };
  return { budget: parsed.data, report };
}

export function importExplanation(text: string): ImportResult {
  try {
    return run(typeof text === 'string' ? text : '');
  } catch (error) {
    return failure('internal', { detail: error instanceof Error ? error.message : String(error) });
  }
}
