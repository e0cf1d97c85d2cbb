/**
 * Checks on the raw parsed value that the schema cannot express: keys that could
 * poison object prototypes, and ids that must be unique because other data refers
 * to them (milestone progress is stored by milestone id; the category filter and
 * comparisons address a category by its name path). They read the value
 * defensively, so they also run on files the schema rejects and every problem is
 * reported at once.
 */
import { formatPath } from './issuePath';

export type PathKey = string | number;

export interface IntegrityIssue {
  path: PathKey[];
  code: 'forbidden_key' | 'duplicate_id';
  /** The offending key or the repeated id. */
  value: string;
  /** For a duplicate: where the id was first used. */
  firstPath?: string;
}

/** Keys that reach Object.prototype when a program assigns them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The array under `key`, dense: a hole in a sparse array is visited as undefined (map would skip it and leave a hole). */
function arrayAt(value: unknown, key: string): unknown[] {
  const child = isRecord(value) ? value[key] : undefined;
  return Array.isArray(child) ? Array.from(child) : [];
}

/** Every forbidden key anywhere in the value (iterative: depth is limited before this runs). */
export function findForbiddenKeys(root: unknown): IntegrityIssue[] {
  const out: IntegrityIssue[] = [];
  const stack: { value: unknown; path: PathKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
      continue;
    }
    // Own keys only: JSON.parse makes "__proto__" an own property, which is what we look for.
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) out.push({ path: [...path, key], code: 'forbidden_key', value: key });
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return out.reverse();
}

/** Zero-width characters and the soft hyphen: invisible, so two names differing only by them look the same. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** A name as a reader sees it: composed accents (NFC) and no invisible characters. */
export function visibleName(name: string): string {
  return name.normalize('NFC').replace(INVISIBLE, '');
}

function duplicates(items: { id: unknown; path: PathKey[] }[], key: (id: string) => string = (id) => id): IntegrityIssue[] {
  const seen = new Map<string, PathKey[]>();
  const out: IntegrityIssue[] = [];
  for (const { id, path } of items) {
    if (typeof id !== 'string') continue;
    const first = seen.get(key(id));
    if (first) out.push({ path, code: 'duplicate_id', value: id, firstPath: formatPath(first) });
    else seen.set(key(id), path);
  }
  return out;
}

function categorySiblings(nodes: unknown[], base: PathKey[], out: IntegrityIssue[]): void {
  // Names the reader cannot tell apart are the same name: the filter and comparisons could not either.
  out.push(...duplicates(nodes.map((node, i) => ({ id: isRecord(node) ? node.name : undefined, path: [...base, i, 'name'] })), visibleName));
  nodes.forEach((node, i) => categorySiblings(arrayAt(node, 'children'), [...base, i, 'children'], out));
}

/**
 * Task ids unique among tasks, milestone ids unique in the whole file (progress is
 * kept per dataset and milestone id), category names unique among siblings.
 */
export function findDuplicateIds(root: unknown): IntegrityIssue[] {
  const out: IntegrityIssue[] = [];
  const tasks = arrayAt(root, 'keyWork');
  out.push(...duplicates(tasks.map((task, i) => ({ id: isRecord(task) ? task.id : undefined, path: ['keyWork', i, 'id'] }))));
  const milestones = tasks.flatMap((task, i) =>
    arrayAt(task, 'milestones').map((m, j) => ({ id: isRecord(m) ? m.id : undefined, path: ['keyWork', i, 'milestones', j, 'id'] as PathKey[] })),
  );
  out.push(...duplicates(milestones));
  categorySiblings(arrayAt(root, 'functional'), ['functional'], out);
  return out;
}
