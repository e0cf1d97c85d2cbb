/** The row a 类, 款 or 项 draws as, shared by the overview structure chart, the drill-down and the item table. */
import { effectiveAmount } from '../categoryTree';
import type { CategoryNode } from '../model';
import type { SpecRow } from './spec';

/** Its names, its amount (stated, or rolled up from its parts) and its id to filter by; undefined stays undefined. */
export function categoryRow(node: CategoryNode): SpecRow {
  const value = effectiveAmount(node);
  return {
    key: node.id,
    name: node.name,
    ...(node.nameEn ? { nameEn: node.nameEn } : {}),
    ...(value !== undefined ? { value } : {}),
    filterId: node.id,
  };
}
