/**
 * Milestone statuses as a JSON file the user keeps or carries to another browser.
 * Export is deterministic (steps in the document's order, fields in a fixed order)
 * so exporting what was imported gives the same bytes. Import never throws and
 * never writes: it reports every problem with its path, or says what would change.
 */
import { safeFileName } from '@/components/export/files';
import { z } from './zod';
import { normalizeStatus, sameStatus, type MilestoneStatus, type StatusMap } from '@/domain/milestoneStatus';
import { FORBIDDEN_KEYS, findForbiddenKeys, findTooDeep } from './integrity';
import { formatPath } from './issuePath';
import { NOTE_MAX_CHARS, statusSchema } from './milestoneRecord';

export const STATUS_FILE_FORMAT = 'budget-lens-milestone-statuses';
export const STATUS_FILE_VERSION = 1;
/** Far above any real plan (thousands of steps with long notes); stops a wrong file early. */
export const MAX_STATUS_FILE_CHARS = 5_000_000;
/** A status sits 3 levels down (statuses → id → field); far deeper is not a status file. */
export const MAX_STATUS_FILE_DEPTH = 16;

export interface DatasetIdentity {
  department: string;
  fiscalYear: number;
}

const statusFileSchema = z.strictObject({
  format: z.literal(STATUS_FILE_FORMAT),
  formatVersion: z.literal(STATUS_FILE_VERSION),
  dataset: z.strictObject({ department: z.string(), fiscalYear: z.int() }),
  statuses: z.record(z.string(), statusSchema),
});

export type ExchangeIssueCode =
  | 'not_json'
  | 'too_large'
  | 'too_deep'
  | 'wrong_file'
  | 'missing'
  | 'invalid_type'
  | 'invalid_value'
  | 'unknown_key'
  | 'invalid_status'
  | 'invalid_date'
  | 'note_too_long'
  | 'forbidden_key'
  | 'other_dataset'
  | 'unknown_milestone';

export interface ExchangeIssue {
  /** Where, as users read it: statuses["coverage-survey"].date */
  path: string;
  code: ExchangeIssueCode;
  expected?: string;
  /** The value found, shortened, when there is one. */
  received?: string;
}

export type StatusImport = { ok: true; dataset: DatasetIdentity; statuses: Record<string, MilestoneStatus> } | { ok: false; issues: ExchangeIssue[] };

/** The file's text for one dataset's statuses. */
export function exportStatuses(dataset: DatasetIdentity, statuses: StatusMap, order: readonly string[]): string {
  const known = order.filter((id) => Object.hasOwn(statuses, id));
  const rest = Object.keys(statuses)
    .filter((id) => !order.includes(id))
    .sort();
  const ordered = Object.fromEntries([...known, ...rest].map((id) => [id, normalizeStatus(statuses[id]!)]));
  const file = {
    format: STATUS_FILE_FORMAT,
    formatVersion: STATUS_FILE_VERSION,
    dataset: { department: dataset.department, fiscalYear: dataset.fiscalYear },
    statuses: ordered,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function statusFileName(dataset: DatasetIdentity): string {
  return safeFileName(dataset.department, 'json', { fallback: 'budget', suffix: `-${dataset.fiscalYear}-milestones` });
}

const shown = (value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

function fromZod(issue: z.core.$ZodIssue): ExchangeIssue[] {
  const path = formatPath(issue.path);
  const last = issue.path[issue.path.length - 1];
  const received = shown(issue.input);
  const at = (code: ExchangeIssueCode, expected?: string): ExchangeIssue[] => [
    { path, code, ...(expected ? { expected } : {}), ...(received ? { received } : {}) },
  ];
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? [{ path, code: 'missing', expected: issue.expected }] : at('invalid_type', issue.expected);
    case 'invalid_value':
      if (issue.input === undefined) return [{ path, code: 'missing', expected: issue.values.map((v) => JSON.stringify(v)).join(' | ') }];
      return at(last === 'status' ? 'invalid_status' : 'invalid_value', issue.values.map((v) => JSON.stringify(v)).join(' | '));
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), code: 'unknown_key' }));
    case 'too_big':
      return at('note_too_long', String(NOTE_MAX_CHARS));
    case 'custom':
      return at('invalid_date', 'YYYY-MM-DD');
    default:
      return at('invalid_value');
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a statuses file against the dataset on screen; every problem at once. */
export function parseStatusFile(text: string, dataset: DatasetIdentity, milestoneIds: ReadonlySet<string>): StatusImport {
  if (text.length > MAX_STATUS_FILE_CHARS) return { ok: false, issues: [{ path: '(root)', code: 'too_large', expected: String(MAX_STATUS_FILE_CHARS) }] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, issues: [{ path: '(root)', code: 'not_json', received: error instanceof Error ? error.message : String(error) }] };
  }
  // Another kind of file (a budget, say): its every key would be "unknown", which helps nobody.
  if (!isPlainObject(value) || value.format !== STATUS_FILE_FORMAT) {
    const received = isPlainObject(value) ? shown(value.format) : shown(value);
    return {
      ok: false,
      issues: [
        {
          path: isPlainObject(value) ? 'format' : '(root)',
          code: 'wrong_file',
          expected: JSON.stringify(STATUS_FILE_FORMAT),
          ...(received ? { received } : {}),
        },
      ],
    };
  }
  // Before anything recursive meets it: 200 KB of brackets is 100,000 levels.
  const deep = findTooDeep(value, MAX_STATUS_FILE_DEPTH);
  if (deep) return { ok: false, issues: [{ path: `${formatPath(deep.slice(0, 6))}…`, code: 'too_deep', expected: String(MAX_STATUS_FILE_DEPTH) }] };
  const issues: ExchangeIssue[] = findForbiddenKeys(value).map((issue) => ({ path: formatPath(issue.path), code: 'forbidden_key' }));
  // A step this dataset does not have is refused by its id below; checking its contents as well only
  // slowed a wrong file down (150,000 unknown ids took over a second on the main thread).
  const entries = isPlainObject(value.statuses) ? Object.entries(value.statuses) : undefined;
  const known = entries ? { ...value, statuses: Object.fromEntries(entries.filter(([id]) => milestoneIds.has(id))) } : value;
  const parsed = statusFileSchema.safeParse(known, { reportInput: true });
  // A loop, not push(...): a very long list would exceed the limit on arguments.
  if (!parsed.success) for (const issue of parsed.error.issues.flatMap(fromZod)) issues.push(issue);

  const claimed = isPlainObject(value.dataset) ? value.dataset : {};
  if (typeof claimed.department === 'string' && claimed.department !== dataset.department) {
    issues.push({
      path: 'dataset.department',
      code: 'other_dataset',
      expected: JSON.stringify(dataset.department),
      received: JSON.stringify(claimed.department),
    });
  }
  if (typeof claimed.fiscalYear === 'number' && claimed.fiscalYear !== dataset.fiscalYear) {
    issues.push({ path: 'dataset.fiscalYear', code: 'other_dataset', expected: String(dataset.fiscalYear), received: String(claimed.fiscalYear) });
  }
  for (const [id] of entries ?? []) {
    if (!milestoneIds.has(id) && !FORBIDDEN_KEYS.has(id)) issues.push({ path: formatPath(['statuses', id]), code: 'unknown_milestone' });
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  const statuses = Object.fromEntries(Object.entries(parsed.data.statuses).map(([id, status]) => [id, normalizeStatus(status)]));
  return { ok: true, dataset: parsed.data.dataset, statuses };
}

export interface ImportPlan {
  total: number;
  /** Steps with no status yet. */
  added: string[];
  /** Steps whose recorded status the file changes. */
  replaced: string[];
  /** Steps the file records exactly as they are. */
  unchanged: string[];
  /** Recorded steps the file does not mention (they stay as they are). */
  untouched: number;
}

export function planImport(current: StatusMap, incoming: Readonly<Record<string, MilestoneStatus>>): ImportPlan {
  const ids = Object.keys(incoming);
  const has = (id: string) => Object.hasOwn(current, id);
  return {
    total: ids.length,
    added: ids.filter((id) => !has(id)),
    replaced: ids.filter((id) => has(id) && !sameStatus(current[id], incoming[id])),
    unchanged: ids.filter((id) => has(id) && sameStatus(current[id], incoming[id])),
    untouched: Object.keys(current).filter((id) => !Object.hasOwn(incoming, id)).length,
  };
}
