/**
 * The shape of one milestone status (shared by storage and the JSON exchange) and
 * how a dataset's stored record is read back. Storage is the user's only copy, so
 * a record is never trusted blindly and never thrown away: entries that do not
 * read as a status are set aside (kept in the record, reported) instead of lost.
 */
import { z } from './zod';
import { applyPatch, normalizeStatus, statusOf, STATUS_KINDS, type FieldConflict, type MilestoneStatus, type StatusMap, type StatusPatch } from '@/domain/milestoneStatus';
import { daysInMonth } from '@/domain/period';
import { FORBIDDEN_KEYS } from './integrity';

/** Long enough for a paragraph of meeting notes; short enough to keep a record small. */
export const NOTE_MAX_CHARS = 2000;

const ISO_DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isCalendarDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  return match !== null && Number(match[3]) <= daysInMonth(Number(match[1]), Number(match[2]));
}

export const statusSchema = z.strictObject({
  status: z.enum(STATUS_KINDS),
  date: z.optional(z.string().check(z.refine(isCalendarDay, { message: 'YYYY-MM-DD' }))),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX_CHARS))),
});

/** An entry storage held that did not read as a status; kept so nothing is lost. */
export interface SetAsideEntry {
  /** The milestone id it was stored under, or "(record)" when the whole record was unreadable. */
  key: string;
  value: unknown;
  /** ISO time it was set aside. */
  at: string;
}

/** One dataset's record in the `milestones` store. */
export interface StoredStatuses {
  version: 1;
  statuses: Record<string, MilestoneStatus>;
  setAside?: SetAsideEntry[];
}

export interface ReadRecord {
  statuses: Record<string, MilestoneStatus>;
  /** Set aside now or earlier; a write keeps them in the record. */
  setAside: SetAsideEntry[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function readStoredRecord(raw: unknown, now: () => string = () => new Date().toISOString()): ReadRecord {
  const statuses: Record<string, MilestoneStatus> = {};
  if (raw === undefined) return { statuses, setAside: [] };
  if (!isPlainObject(raw) || !isPlainObject(raw.statuses)) return { statuses, setAside: [{ key: '(record)', value: raw, at: now() }] };
  const earlier: unknown[] = Array.isArray(raw.setAside) ? raw.setAside : [];
  const setAside = earlier.map((entry): SetAsideEntry => (isPlainObject(entry) ? toSetAside(entry) : { key: '(set aside)', value: entry, at: now() }));
  for (const [key, value] of Object.entries(raw.statuses)) {
    const parsed = FORBIDDEN_KEYS.has(key) ? undefined : statusSchema.safeParse(value);
    if (parsed?.success) statuses[key] = normalizeStatus(parsed.data);
    else setAside.push({ key, value, at: now() });
  }
  return { statuses, setAside };
}

function toSetAside(entry: Record<string, unknown>): SetAsideEntry {
  return { key: String(entry.key), value: entry.value, at: String(entry.at) };
}

export interface MergedRecord {
  record: StoredStatuses;
  /** Fields another tab had changed since this one saw them, by step: replaced now, to be said. */
  conflicts: Map<string, FieldConflict[]>;
}

/**
 * The record after some fields change; every other field and step, and the set-aside
 * entries, are kept as stored (possibly by another tab since this one read them).
 */
export function mergeRecord(raw: unknown, patches: ReadonlyMap<string, StatusPatch>, underneath: StatusMap = {}): MergedRecord {
  const { statuses, setAside } = readStoredRecord(raw);
  const conflicts = new Map<string, FieldConflict[]>();
  for (const [id, patch] of patches) {
    // A step not stored yet starts from what is shown beneath (a shared file's status), so its other fields are kept.
    const merged = applyPatch(Object.hasOwn(statuses, id) ? statuses[id]! : statusOf(underneath, id), patch);
    statuses[id] = merged.status;
    if (merged.conflicts.length > 0) conflicts.set(id, merged.conflicts);
  }
  return { record: { version: 1, statuses, ...(setAside.length > 0 ? { setAside } : {}) }, conflicts };
}

/** Deeper than any status a person typed; a deeper stored value is cut there rather than overflow the stack. */
const MAX_JSON_DEPTH = 100;

/**
 * A stored value as plain JSON data. IndexedDB keeps what JSON cannot say (BigInt,
 * Map, Set, binary data, cycles); JSON.stringify throws on some ("Do not know how to
 * serialize a BigInt") and silently empties others, so each is spelled out.
 */
function toJsonData(value: unknown, ancestors: readonly object[]): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object' || value === null) return value;
  if (ancestors.includes(value)) return '[circular]';
  if (ancestors.length >= MAX_JSON_DEPTH) return '[too deep]';
  const inner = [...ancestors, value];
  const each = (items: Iterable<unknown>) => Array.from(items, (item) => toJsonData(item, inner));
  if (Array.isArray(value)) return each(value);
  if (value instanceof Map) return { map: each(value) };
  if (value instanceof Set) return { set: each(value) };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (ArrayBuffer.isView(value)) return { bytes: Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
  if (value instanceof ArrayBuffer) return { bytes: Array.from(new Uint8Array(value)) };
  if (typeof Blob !== 'undefined' && value instanceof Blob) return { blob: { type: value.type, size: value.size } };
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJsonData(item, inner)]));
}

/** The set-aside entries as a JSON file, whatever storage held. */
export function setAsideJson(entries: readonly SetAsideEntry[]): string {
  return JSON.stringify(toJsonData(entries, []), null, 2);
}
