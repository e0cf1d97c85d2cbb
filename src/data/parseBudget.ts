/**
 * The one way a budget enters the program: text or a parsed value in, a domain
 * model or every problem at once out. Never throws, whatever the input.
 */
import type { BudgetModel } from '@/domain/model';
import { budgetSchema, INVALID_DAY, type Budget } from './budgetSchema';
import { findAmountIssues } from './amountPrecision';
import { findDuplicateIds, findForbiddenKeys, findTooDeep, type IntegrityIssue } from './integrity';
import { formatPath } from './issuePath';
import { findSizeIssues, type SizeIssueCode } from './sizeLimits';
import { toBudgetModel } from './toBudgetModel';

export type ValidationIssueCode =
  | 'not_json'
  | 'too_deep'
  | 'invalid_type'
  | 'invalid_value'
  | 'too_small'
  | 'too_big'
  | 'too_long'
  | 'invalid_format'
  | 'invalid_day'
  | 'empty'
  | 'too_many_decimals'
  | 'too_large'
  | 'forbidden_key'
  | 'duplicate_id'
  | SizeIssueCode
  | 'other';

export interface ValidationIssue {
  /** Where, as users read it: functional[2].children[0].amount */
  path: string;
  code: ValidationIssueCode;
  /** What the schema expected, when it says (a type name, allowed values, a bound). */
  expected?: string;
  /** The schema library's own English text, kept for detail. */
  detail: string;
}

export type ParseResult = { ok: true; budget: Budget; model: BudgetModel } | { ok: false; issues: ValidationIssue[] };

/** Deeper than any real 类/款/项 tree; stops stack-busting files before validation. */
export const MAX_NESTING = 64;

function mapCode(issue: Record<string, unknown>): ValidationIssueCode {
  const { code } = issue;
  // A text over its length cap (MAX_NAME_CHARS, MAX_TEXT_CHARS) is too long, not a number too large.
  if (code === 'too_big' && issue.origin === 'string') return 'too_long';
  // "At least 1 character" is how the schema says a name is required: say it is empty, not "too small".
  if (code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return 'empty';
  if (code === 'custom' && (issue.params as { code?: unknown } | undefined)?.code === INVALID_DAY) return 'invalid_day';
  const known: ValidationIssueCode[] = ['invalid_type', 'invalid_value', 'too_small', 'too_big', 'invalid_format'];
  return (known as unknown[]).includes(code) ? (code as ValidationIssueCode) : 'other';
}

function expectedOf(issue: Record<string, unknown>): string | undefined {
  if (typeof issue.expected === 'string') return issue.expected;
  // A pattern's message is the forms it accepts (budgetSchema.ts), not the pattern itself.
  if (issue.code === 'invalid_format' && typeof issue.message === 'string') return issue.message;
  if (Array.isArray(issue.values)) return issue.values.map((v) => JSON.stringify(v)).join(' | ');
  if (issue.minimum !== undefined) return `≥ ${String(issue.minimum)}`;
  if (issue.maximum !== undefined) return `≤ ${String(issue.maximum)}`;
  return undefined;
}

function integrityIssue(issue: IntegrityIssue): ValidationIssue {
  return {
    path: formatPath(issue.path),
    code: issue.code,
    ...(issue.firstPath ? { expected: issue.firstPath } : {}),
    detail: issue.value,
  };
}

export function parseBudgetValue(value: unknown): ParseResult {
  try {
    const deep = findTooDeep(value, MAX_NESTING);
    if (deep) {
      return {
        ok: false,
        issues: [{ path: formatPath(deep.slice(0, 8)) + '…', code: 'too_deep', expected: `≤ ${MAX_NESTING}`, detail: 'nesting too deep' }],
      };
    }
    // Over a size limit, the rest is not validated: that is where the time would go.
    const tooMany = findSizeIssues(value);
    if (tooMany.length > 0) {
      return { ok: false, issues: tooMany.map((i) => ({ path: formatPath(i.path), code: i.code, expected: i.limit, detail: i.count })) };
    }
    // Every problem at once: keys and ids, the schema's, and amounts the unit cannot hold.
    const integrity = [...findForbiddenKeys(value), ...findDuplicateIds(value)].map(integrityIssue);
    const parsed = budgetSchema.safeParse(value);
    const schema = parsed.success
      ? []
      : parsed.error.issues.map((issue): ValidationIssue => {
          const raw = issue as unknown as Record<string, unknown>;
          const expected = expectedOf(raw);
          return { path: formatPath(issue.path), code: mapCode(raw), ...(expected ? { expected } : {}), detail: issue.message };
        });
    const schemaPaths = new Set(schema.map((issue) => issue.path));
    const unit = typeof value === 'object' && value !== null ? (value as { unit?: unknown }).unit : undefined;
    const amounts = findAmountIssues(value)
      .map((a): ValidationIssue => ({
        path: formatPath(a.path),
        code: a.code,
        expected: a.code === 'too_many_decimals' ? `≤ ${a.maxDecimals} decimals in ${String(unit)}` : 'a smaller amount',
        detail: `${a.value}`,
      }))
      .filter((issue) => !schemaPaths.has(issue.path));
    const issues = [...integrity, ...schema, ...amounts];
    if (!parsed.success || issues.length > 0) return { ok: false, issues };
    return { ok: true, budget: parsed.data, model: toBudgetModel(parsed.data) };
  } catch (error) {
    return { ok: false, issues: [{ path: '(root)', code: 'other', detail: error instanceof Error ? error.message : String(error) }] };
  }
}

export function parseBudgetText(text: string): ParseResult {
  let value: unknown;
  try {
    // Windows editors often save UTF-8 with a byte-order mark, which JSON.parse rejects.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, issues: [{ path: '(root)', code: 'not_json', detail: error instanceof Error ? error.message : String(error) }] };
  }
  return parseBudgetValue(value);
}
