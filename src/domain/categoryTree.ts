/** Walking and rolling up the 类 > 款 > 项 tree. */
import { sum, type Fen } from './money';
import { CATEGORY_PATH_SEPARATOR, type CategoryNode } from './model';

/** Every node, depth first, parents before children. */
export function flattenCategories(nodes: readonly CategoryNode[]): CategoryNode[] {
  const out: CategoryNode[] = [];
  const visit = (list: readonly CategoryNode[]) => {
    for (const node of list) {
      out.push(node);
      visit(node.children);
    }
  };
  visit(nodes);
  return out;
}

/**
 * The node with `id`. An id is its names from the 类 down, so this walks one branch
 * (a few steps) rather than the whole tree: a large budget has thousands of 项 and
 * the page looks categories up on every filter change.
 */
export function findCategory(nodes: readonly CategoryNode[], id: string | undefined): CategoryNode | undefined {
  if (!id) return undefined;
  const found = categoryTrail(nodes, id).at(-1);
  return found?.id === id ? found : flattenCategories(nodes).find((node) => node.id === id);
}

/** The chain from the 类 down to the node with `id` (empty when not found). */
export function categoryTrail(nodes: readonly CategoryNode[], id: string | undefined): CategoryNode[] {
  const trail: CategoryNode[] = [];
  if (!id) return trail;
  const names = id.split(CATEGORY_PATH_SEPARATOR);
  let level: readonly CategoryNode[] = nodes;
  for (const name of names) {
    const node = level.find((n) => n.name === name);
    if (!node) return [];
    trail.push(node);
    level = node.children;
  }
  return trail;
}

/**
 * Sum of the children's amounts, when every child states one. Undefined when the
 * node has no children or a child's amount is not stated (we never treat a
 * missing figure as 0).
 */
export function childrenSum(node: CategoryNode): Fen | undefined {
  if (node.children.length === 0) return undefined;
  const amounts = node.children.map(effectiveAmount);
  if (amounts.some((a) => a === undefined)) return undefined;
  return sum(amounts as Fen[]);
}

/** The stated amount, or failing that the roll-up of the children. */
export function effectiveAmount(node: CategoryNode): Fen | undefined {
  return node.amount ?? childrenSum(node);
}

/** The leaves (项, or the deepest level a branch has). */
export function leafCategories(nodes: readonly CategoryNode[]): CategoryNode[] {
  return flattenCategories(nodes).filter((node) => node.children.length === 0);
}

/** True when `id` is the node itself or one of its descendants. */
export function isWithin(nodeId: string, filterId: string): boolean {
  return nodeId === filterId || nodeId.startsWith(filterId + CATEGORY_PATH_SEPARATOR);
}
