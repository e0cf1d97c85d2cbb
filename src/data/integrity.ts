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

/** A value met on a walk, with the way back to the root: paths are built only when reported, so a walk stays linear in depth. */
interface Visit {
  value: unknown;
  key?: PathKey;
  parent?: Visit;
  depth: number;
}

function pathOf(visit: Visit): PathKey[] {
  const path: PathKey[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key!);
  return path.reverse();
}

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Calls `each` for every value directly inside a container, in key order (an array's holes as undefined). */
function eachChild(value: object, each: (key: PathKey, child: unknown) => void): void {
  if (Array.isArray(value)) for (let i = 0; i < value.length; i += 1) each(i, value[i]);
  else for (const key of Object.keys(value)) each(key, (value as Record<string, unknown>)[key]);
}

/**
 * The path of the first value nested more than `max` levels deep, or undefined.
 * Iterative and linear: it runs before anything recursive (the schema, JSON.stringify) meets the value.
 */
export function findTooDeep(root: unknown, max: number): PathKey[] | undefined {
  const stack: Visit[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (visit.depth > max) return pathOf(visit);
    if (!isContainer(visit.value)) continue;
    const depth = visit.depth + 1;
    // A leaf is visited only when it is itself too deep: most of a large file is leaves.
    eachChild(visit.value, (key, child) => {
      if (isContainer(child) || depth > max) stack.push({ value: child, key, parent: visit, depth });
    });
  }
  return undefined;
}

/** Every forbidden key anywhere in the value (iterative: depth is limited before this runs). */
export function findForbiddenKeys(root: unknown): IntegrityIssue[] {
  const out: IntegrityIssue[] = [];
  const stack: Visit[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (!isContainer(visit.value)) continue;
    const depth = visit.depth + 1;
    // Own keys only: JSON.parse makes "__proto__" an own property, which is what we look for.
    eachChild(visit.value, (key, child) => {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) out.push({ path: pathOf({ value: child, key, parent: visit, depth }), code: 'forbidden_key', value: key });
      else if (isContainer(child)) stack.push({ value: child, key, parent: visit, depth });
    });
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
