/** Parts-versus-whole checks, in exact 分. */
import { childrenSum, flattenCategories, leafCategories } from '../categoryTree';
import type { BudgetModel, CategoryNode } from '../model';
import { sum, type Fen } from '../money';
import type { Finding, FindingSubject } from './types';

function partsVsWhole(id: string, subject: FindingSubject, whole: Fen | undefined, parts: (Fen | undefined)[], categoryId?: string): Finding | undefined {
  const stated = parts.filter((p): p is Fen => p !== undefined);
  if (whole === undefined || stated.length === 0) return undefined;
  const computed = sum(stated);
  return {
    id,
    check: 'partsVsWhole',
    status: computed === whole ? 'pass' : 'mismatch',
    subject,
    stated: { kind: 'money', value: whole },
    computed: { kind: 'money', value: computed },
    ...(categoryId ? { categoryId } : {}),
  };
}

function categorySubject(node: CategoryNode): FindingSubject {
  return { kind: 'category', categoryId: node.id, name: node.name, ...(node.nameEn ? { nameEn: node.nameEn } : {}), level: node.depth === 0 ? 'class' : 'item' };
}

/** Each 类 (and 款) with a stated amount against the roll-up of its children. */
function categoryRollups(budget: BudgetModel): Finding[] {
  return flattenCategories(budget.functional).flatMap((node) => {
    const rolled = childrenSum(node);
    if (node.amount === undefined || rolled === undefined) return [];
    return [{
      id: `rollup:${node.id}`,
      check: 'partsVsWhole' as const,
      status: rolled === node.amount ? ('pass' as const) : ('mismatch' as const),
      subject: categorySubject(node),
      stated: { kind: 'money' as const, value: node.amount },
      computed: { kind: 'money' as const, value: rolled },
      categoryId: node.id,
    }];
  });
}

/** Lines listed with no amount of their own and none derivable from children. */
function missingAmounts(budget: BudgetModel): Finding[] {
  return flattenCategories(budget.functional)
    .filter((node) => node.amount === undefined && childrenSum(node) === undefined && node.children.length === 0)
    .map((node) => ({ id: `missing:${node.id}`, check: 'missingAmount' as const, status: 'missing' as const, subject: categorySubject(node), categoryId: node.id }));
}

export function sumFindings(budget: BudgetModel): Finding[] {
  const { spending, threePublic: tp } = budget;
  // 项 (or the deepest line each branch has) against the total; only meaningful when some 类 is broken down.
  const leaves = leafCategories(budget.functional);
  const brokenDown = budget.functional.some((n) => n.children.length > 0);
  const candidates: (Finding | undefined)[] = [
    partsVsWhole('sum:revenue', { kind: 'figure', figure: 'revenue' }, budget.total, budget.revenue.map((r) => r.amount)),
    partsVsWhole('sum:basicProject', { kind: 'figure', figure: 'basicProject' }, budget.total, [spending.basic, spending.project]),
    partsVsWhole('sum:personnelPublic', { kind: 'figure', figure: 'personnelPublic' }, spending.basic, [spending.personnel, spending.publicOperating]),
    partsVsWhole('sum:categories', { kind: 'figure', figure: 'categories' }, budget.total, budget.functional.map((n) => n.amount)),
    brokenDown ? partsVsWhole('sum:leaves', { kind: 'leaves' }, budget.total, leaves.map((n) => n.amount)) : undefined,
    tp ? partsVsWhole('sum:threePublic', { kind: 'figure', figure: 'threePublic' }, tp.total, [tp.abroad, tp.reception, tp.vehiclePurchase, tp.vehicleOperation]) : undefined,
  ];
  return [...candidates.filter((f): f is Finding => f !== undefined), ...categoryRollups(budget), ...missingAmounts(budget)];
}
