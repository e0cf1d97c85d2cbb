/**
 * The functional tree from the outline and the figures. 类 amounts come from the
 * first part of the document that both states them and covers the whole budget:
 * the whole-budget part (A), else the 财政拨款 part (B) or the 一般公共预算 part
 * (C) when that part's total equals the budget total. A part that covers less
 * than the total would understate every 类, so it is left out with a warning.
 */
import type { Category } from '@/data/budgetSchema';
import { categoryCode, categoryOrder } from './categories';
import { SEP, type Outline } from './extract/functional';
import type { Tier } from './labels';
import type { Reader } from './reader';

export function usableTiers(reader: Reader): Tier[] {
  const total = reader.fen('total', ['A']);
  const fiscal = reader.fen('fiscalAppropriation', ['B']);
  const general = reader.fen('generalBudget', ['C']);
  const tiers: Tier[] = ['A'];
  if (total !== undefined && fiscal === total) tiers.push('B');
  if (total !== undefined && general === total) tiers.push('C');
  return tiers;
}

function categoryTier(reader: Reader, names: readonly string[], usable: readonly Tier[], warnings: string[]): Tier | undefined {
  const stated = (tier: Tier): boolean => names.some((n) => reader.store.all(`functional.${n}`).some((r) => r.tier === tier));
  const tier = usable.find(stated);
  const skipped = (['B', 'C'] as const).filter((t) => !usable.includes(t) && stated(t));
  if (!tier && skipped.length > 0)
    warnings.push(
      `类 amounts are stated only for the ${skipped.map((t) => (t === 'B' ? '财政拨款' : '一般公共预算')).join(' / ')} part, which does not equal the total: left out`,
    );
  return tier;
}

export function buildFunctional(reader: Reader, outline: Outline, warnings: string[]): Category[] {
  const names = [...outline.keys()].sort((a, b) => categoryOrder(a) - categoryOrder(b));
  const tier = categoryTier(reader, names, usableTiers(reader), warnings);
  return names.map((name) => {
    const amount = tier ? reader.money(`functional.${name}`, [tier]) : undefined;
    const code = categoryCode(name);
    const kuans = [...(outline.get(name)?.entries() ?? [])].map(([kuan, xiangs]) => {
      const kuanPath = `functional.${name}${SEP}${kuan}`;
      const kuanAmount = reader.money(kuanPath);
      const kuanPurpose = reader.text(`${kuanPath}#purpose`);
      const children = xiangs.map((xiang) => {
        const path = `${kuanPath}${SEP}${xiang}`;
        const a = reader.money(path);
        const purpose = reader.text(`${path}#purpose`);
        return { name: xiang, ...(a !== undefined ? { amount: a } : {}), ...(purpose ? { purpose } : {}) };
      });
      return {
        name: kuan,
        ...(kuanAmount !== undefined ? { amount: kuanAmount } : {}),
        ...(kuanPurpose ? { purpose: kuanPurpose } : {}),
        ...(children.length ? { children } : {}),
      };
    });
    return { ...(code ? { code } : {}), name, ...(amount !== undefined ? { amount } : {}), ...(kuans.length ? { children: kuans } : {}) };
  });
}
