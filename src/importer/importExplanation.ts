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
import { FigureStore } from './figureStore';
import { normalizeText } from './normalize';
import { Reader, moneyValue } from './reader';
import { coreNotFound, failure } from './report';
import { parseStructure } from './structure';
import type { Conflict, ImportResult } from './types';

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
  const doc: DocContext = { ...(declaredUnit(lines) ? { declaredUnit: declaredUnit(lines)! } : {}), unitCounts: new Map() };
  const store = new FigureStore();
  const outline: Outline = new Map();
  extractMoney(sentences, store, doc);
  extractFunctional(sentences, store, doc, outline);
  extractCounts(sentences, store);
  if (meta.fiscalYear === undefined || meta.department === undefined) return failure('not_explanation');
  const warnings: string[] = [];
  const reader = new Reader(store, chooseUnit(doc, store, warnings));
  if (reader.fen('total', ['A']) === undefined) return failure('no_total', { store, unit: reader.unit, warnings });
  const keyWork = extractKeyWork(blocks, meta.fiscalYear);
  const value = buildBudget(reader, { ...meta, fiscalYear: meta.fiscalYear, department: meta.department }, outline, keyWork, warnings);
  const conflicts: Conflict[] = [...store.conflicts.entries()].map(([path, records]) => ({
    path,
    values: records.map((r) => ({ value: r.value.kind === 'money' ? moneyValue(r.value.fen, reader.unit) : r.value.value, provenance: r.provenance })),
  }));
  // The checks of parseBudgetValue (schema, then decimals per unit), without building the domain model.
  const parsed = budgetSchema.safeParse(value);
  const issues = parsed.success
    ? findAmountIssues(parsed.data).map((a) => `${a.path.join('.')}: ${a.code} ${a.value}`)
    : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  if (!parsed.success || issues.length > 0) return failure('invalid_output', { store, unit: reader.unit, warnings: [...warnings, ...issues] });
  return {
    budget: parsed.data,
    report: { ok: true, unit: reader.unit, found: reader.found, notFound: coreNotFound(parsed.data, reader.found, store), conflicts, warnings },
  };
}

export function importExplanation(text: string): ImportResult {
  try {
    return run(typeof text === 'string' ? text : '');
  } catch (error) {
    return failure('internal', { detail: error instanceof Error ? error.message : String(error) });
  }
}
