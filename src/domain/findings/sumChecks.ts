/** Parts-versus-whole checks, in exact 分. */
import { childrenSum, effectiveAmount, flattenCategories, leafCategories } from '../categoryTree';
import type { BudgetModel, CategoryNode } from '../model';
import { sum, type Fen } from '../money';
import type { Finding, FindingSubject } from './types';

/**
 * How parts the document does not state are treated:
 * - 'listed': they are category lines reported as missing on their own, so the
 *   sum of the stated ones is still compared (the shortfall is then visible twice).
 * - 'unknown': nothing else reports them; amounts are never negative, so a sum
 *   short of the whole may be the unstated part and is not a finding, while a
 *   sum above the whole is one whatever the rest holds.
 */
type UnstatedParts = 'listed' | 'unknown';

function partsVsWhole(id: string, subject: FindingSubject, whole: Fen | undefined, parts: (Fen | undefined)[], unstated: UnstatedParts): Finding | undefined {
  const stated = parts.filter((p): p is Fen => p !== undefined);
  if (whole === undefined || stated.length === 0) return undefined;
  const computed = sum(stated);
  const unstatedParts = parts.length - stated.length;
  if (unstatedParts > 0 && unstated === 'unknown' && computed < whole) return undefined;
  return {
    id,
    check: 'partsVsWhole',
    status: computed === whole ? 'pass' : 'mismatch',
    subject,
    stated: { kind: 'money', value: whole },
    computed: { kind: 'money', value: computed },
    ...(unstatedParts > 0 ? { unstatedParts } : {}),
  };
}

function categorySubject(node: CategoryNode): FindingSubject {
  return {
    kind: 'category',
    categoryId: node.id,
    name: node.name,
    ...(node.nameEn ? { nameEn: node.nameEn } : {}),
    level: node.depth === 0 ? 'class' : 'item',
  };
}

/** Each 类 (and 款) with a stated amount against the roll-up of its children. */
function categoryRollups(budget: BudgetModel): Finding[] {
  return flattenCategories(budget.functional).flatMap((node): Finding[] => {
    const rolled = childrenSum(node);
    if (node.amount === undefined || rolled === undefined) return [];
    return [
      {
        id: `rollup:${node.id}`,
        check: 'partsVsWhole',
        status: rolled === node.amount ? 'pass' : 'mismatch',
        subject: categorySubject(node),
        stated: { kind: 'money', value: node.amount },
        computed: { kind: 'money', value: rolled },
        categoryId: node.id,
      },
    ];
  });
}

/** Lines listed with no amount of their own and none derivable from children. */
function missingAmounts(budget: BudgetModel): Finding[] {
  return flattenCategories(budget.functional)
    .filter((node) => node.amount === undefined && node.children.length === 0)
    .map((node) => ({
      id: `missing:${node.id}`,
      check: 'missingAmount' as const,
      status: 'missing' as const,
      subject: categorySubject(node),
      categoryId: node.id,
    }));
}

/** The 类 against the total; skipped when no 类 states its own amount (the 项 check covers it). */
function classesVsTotal(budget: BudgetModel): Finding | undefined {
  if (!budget.functional.some((n) => n.amount !== undefined)) return undefined;
  return partsVsWhole('sum:categories', { kind: 'figure', figure: 'categories' }, budget.total, budget.functional.map(effectiveAmount), 'listed');
}

/** 项 (or the deepest line each branch has) against the total; only meaningful when some 类 is broken down. */
function leavesVsTotal(budget: BudgetModel): Finding | undefined {
  if (!budget.functional.some((n) => n.children.length > 0)) return undefined;
  return partsVsWhole(
    'sum:leaves',
    { kind: 'leaves' },
    budget.total,
    leafCategories(budget.functional).map((n) => n.amount),
    'listed',
  );
}

export function sumFindings(budget: BudgetModel): Finding[] {
  const { spending, threePublic: tp } = budget;
  const figure = (name: Extract<FindingSubject, { kind: 'figure' }>['figure']): FindingSubject => ({ kind: 'figure', figure: name });
  const candidates: (Finding | undefined)[] = [
    partsVsWhole(
      'sum:revenue',
      figure('revenue'),
      budget.total,
      budget.revenue.map((r) => r.amount),
      'unknown',
    ),
    partsVsWhole('sum:basicProject', figure('basicProject'), budget.total, [spending.basic, spending.project], 'unknown'),
    partsVsWhole('sum:personnelPublic', figure('personnelPublic'), spending.basic, [spending.personnel, spending.publicOperating], 'unknown'),
    classesVsTotal(budget),
    leavesVsTotal(budget),
    tp
      ? partsVsWhole('sum:threePublic', figure('threePublic'), tp.total, [tp.abroad, tp.reception, tp.vehiclePurchase, tp.vehicleOperation], 'unknown')
      : undefined,
  ];
  return [...candidates.filter((f): f is Finding => f !== undefined), ...categoryRollups(budget), ...missingAmounts(budget)];
}
