/** The document's own claims (shares, changes, growth rates) recomputed. */
import { effectiveAmount } from '../categoryTree';
import type { BudgetModel } from '../model';
import { subtract, type Fen } from '../money';
import { growthPct, matchesAtStatedPrecision, percentOf } from '../percent';
import type { Finding, FindingSubject } from './types';

function shareFinding(
  id: string,
  subject: FindingSubject,
  stated: number,
  part: Fen | undefined,
  whole: Fen | undefined,
  categoryId?: string,
): Finding | undefined {
  const computed = percentOf(part, whole);
  if (computed === undefined) return undefined;
  return {
    id,
    check: 'statedShare',
    status: matchesAtStatedPrecision(stated, computed) ? 'pass' : 'mismatch',
    subject,
    stated: { kind: 'percent', value: stated },
    computed: { kind: 'percent', value: computed },
    ...(categoryId ? { categoryId } : {}),
  };
}

type Base = { current: Fen | undefined; previous: Fen | undefined; previousYear: number | undefined };

function changeFinding(
  id: string,
  figure: 'total' | 'operatingExpenses',
  stated: Fen | undefined,
  { current, previous, previousYear }: Base,
): Finding | undefined {
  if (stated === undefined || current === undefined || previous === undefined || previousYear === undefined) return undefined;
  const computed = subtract(current, previous);
  return {
    id,
    check: 'statedChange',
    status: computed === stated ? 'pass' : 'mismatch',
    subject: { kind: 'figure', figure },
    stated: { kind: 'money', value: stated },
    computed: { kind: 'money', value: computed },
    base: { previous, current, previousYear },
  };
}

function growthFinding(
  id: string,
  figure: 'total' | 'operatingExpenses',
  stated: number | undefined,
  { current, previous, previousYear }: Base,
): Finding | undefined {
  const computed = growthPct(current, previous);
  if (stated === undefined || computed === undefined || current === undefined || previous === undefined || previousYear === undefined) return undefined;
  const pass = matchesAtStatedPrecision(stated, computed);
  // A common slip: the change divided by this year's value instead of last year's.
  const byCurrent = percentOf(subtract(current, previous), current);
  const hint = !pass && byCurrent !== undefined && matchesAtStatedPrecision(stated, byCurrent) ? 'dividedByCurrent' : undefined;
  return {
    id,
    check: 'statedGrowth',
    status: pass ? 'pass' : 'mismatch',
    subject: { kind: 'figure', figure },
    stated: { kind: 'percent', value: stated },
    computed: { kind: 'percent', value: computed },
    base: { previous, current, previousYear },
    ...(hint ? { hint } : {}),
  };
}

export function statedFindings(budget: BudgetModel): Finding[] {
  const { stated, previousYear: prev } = budget;
  const out: (Finding | undefined)[] = [];
  for (const [name, pct] of Object.entries(stated.functionalSharesPct ?? {})) {
    const node = budget.functional.find((n) => n.name === name);
    const subject: FindingSubject = {
      kind: 'share',
      group: 'functional',
      name,
      ...(node?.nameEn ? { nameEn: node.nameEn } : {}),
      ...(node ? { categoryId: node.id } : {}),
    };
    out.push(shareFinding(`share:functional:${name}`, subject, pct, node ? effectiveAmount(node) : undefined, budget.total, node?.id));
  }
  for (const [name, pct] of Object.entries(stated.revenueSharesPct ?? {})) {
    const source = budget.revenue.find((r) => r.name === name);
    out.push(
      shareFinding(
        `share:revenue:${name}`,
        { kind: 'share', group: 'revenue', name, ...(source?.nameEn ? { nameEn: source.nameEn } : {}) },
        pct,
        source?.amount,
        budget.total,
      ),
    );
  }
  for (const [key, pct] of Object.entries(stated.spendingSharesPct ?? {})) {
    const part = key === 'basic' ? budget.spending.basic : key === 'project' ? budget.spending.project : undefined;
    out.push(shareFinding(`share:spending:${key}`, { kind: 'share', group: 'spending', name: key }, pct, part, budget.total));
  }
  const total: Base = { current: budget.total, previous: prev?.total, previousYear: prev?.fiscalYear };
  const operating: Base = { current: budget.operatingExpenses, previous: prev?.operatingExpenses, previousYear: prev?.fiscalYear };
  out.push(changeFinding('change:total', 'total', stated.totalChange, total));
  out.push(growthFinding('growth:total', 'total', stated.totalGrowthPct, total));
  out.push(changeFinding('change:operatingExpenses', 'operatingExpenses', stated.operatingExpensesChange, operating));
  out.push(growthFinding('growth:operatingExpenses', 'operatingExpenses', stated.operatingExpensesGrowthPct, operating));
  return out.filter((f): f is Finding => f !== undefined);
}
