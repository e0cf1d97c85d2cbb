/**
 * The imported budget with the user's corrections: each one writes (or, when
 * emptied, removes) one figure at its place in the file. Returns the JSON path of
 * every corrected figure so validation problems can be shown beside its input.
 */
import { formatPath } from '@/data/issuePath';
import { figureInfo, type FigureSlot } from './figureInfo';

type Json = Record<string, unknown>;
type Key = string | number;

/** A corrected value: a number, or undefined for "not stated" (the figure is taken out). */
export type Corrections = ReadonlyMap<string, number | undefined>;

interface Place {
  holder: Json;
  key: string;
  path: Key[];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectPlace(budget: Json, keys: readonly string[], create: boolean): Place | undefined {
  let holder = budget;
  for (const key of keys.slice(0, -1)) {
    if (!isObject(holder[key])) {
      if (holder[key] !== undefined || !create) return undefined;
      // A new previousYear needs its year: the file format requires it.
      holder[key] = holder === budget && key === 'previousYear' ? { fiscalYear: (budget.fiscalYear as number) - 1 } : {};
    }
    holder = holder[key] as Json;
  }
  return { holder, key: keys.at(-1)!, path: [...keys] };
}

function namedIn(list: Json[], name: string, create: boolean): number {
  const index = list.findIndex((item) => item.name === name);
  if (index >= 0 || !create) return index;
  list.push({ name });
  return list.length - 1;
}

function revenuePlace(budget: Json, name: string, create: boolean): Place | undefined {
  if (!Array.isArray(budget.revenue)) return undefined;
  const index = namedIn(budget.revenue as Json[], name, create);
  if (index < 0) return undefined;
  return { holder: (budget.revenue as Json[])[index]!, key: 'amount', path: ['revenue', index, 'amount'] };
}

/** 类 › 款 › 项 by name; missing levels are added when a figure is filled in. */
function functionalPlace(budget: Json, names: readonly string[], create: boolean): Place | undefined {
  if (!Array.isArray(budget.functional)) return undefined;
  let list = budget.functional as Json[];
  const path: Key[] = ['functional'];
  let node: Json | undefined;
  for (const [depth, name] of names.entries()) {
    const index = namedIn(list, name, create);
    if (index < 0) return undefined;
    node = list[index]!;
    path.push(index);
    if (depth === names.length - 1) break;
    if (!Array.isArray(node.children)) {
      if (!create) return undefined;
      node.children = [];
    }
    list = node.children as Json[];
    path.push('children');
  }
  return node ? { holder: node, key: 'amount', path: [...path, 'amount'] } : undefined;
}

function place(budget: Json, slot: FigureSlot, create: boolean): Place | undefined {
  if (slot.at === 'revenue') return revenuePlace(budget, slot.name, create);
  if (slot.at === 'functional') return functionalPlace(budget, slot.names, create);
  return objectPlace(budget, slot.keys, create);
}

export interface CorrectedBudget {
  /** The file to validate (not yet a Budget: a correction may be invalid). */
  value: unknown;
  /** Report path → JSON path as validation names it, for each correction applied. */
  locations: Map<string, string>;
}

export function applyCorrections(budget: object, corrections: Corrections): CorrectedBudget {
  const value = structuredClone(budget) as unknown as Json;
  const locations = new Map<string, string>();
  for (const [path, corrected] of corrections) {
    const slot = figureInfo(path).slot;
    // Emptying a figure the file does not have changes nothing: never add an empty place.
    const at = slot ? place(value, slot, corrected !== undefined) : undefined;
    if (!at) continue;
    if (corrected === undefined) delete at.holder[at.key];
    else at.holder[at.key] = corrected;
    locations.set(path, formatPath(at.path));
  }
  return { value, locations };
}

/** Whether the review can offer an input for this path. */
export function canCorrect(path: string): boolean {
  const info = figureInfo(path);
  return info.slot !== undefined && info.kind !== 'text';
}
