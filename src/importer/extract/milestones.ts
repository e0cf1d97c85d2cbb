/**
 * Dated steps inside a key work item: "3 月底前…", "1-3 月…", "3 月至 6 月…",
 * "每个季度…", "每月…", "6 月前…", "预计 4 月…", "上半年…", with a quantity
 * ("共 207 人") when the clause states exactly one. A month of another year, a
 * "2 个月" duration or a range that runs backwards is not a milestone.
 */
import type { Milestone } from '@/data/budgetSchema';

type Period = Pick<Milestone, 'end' | 'start' | 'recurrence'>;

interface DateRule {
  re: RegExp;
  make: (m: RegExpExecArray, year: number) => Period | undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const month = (s: string | undefined): number | undefined => {
  const n = Number(s);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : undefined;
};
const CN_QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const RULES: DateRule[] = [
  {
    re: /(?<![\d.])(\d{1,2})\s*月?\s*(?:[-~—–]|至|到)\s*(\d{1,2})\s*月(?:份)?(?:底|末)?/,
    make: (m, y) => {
      const a = month(m[1]);
      const b = month(m[2]);
      return a && b && a < b ? { start: `${y}-${pad(a)}`, end: `${y}-${pad(b)}` } : undefined;
    },
  },
  {
    re: /(?<![\d.])(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
    make: (m, y) => {
      const a = month(m[1]);
      const d = Number(m[2]);
      return a && d >= 1 && d <= DAYS[a - 1]! ? { end: `${y}-${pad(a)}-${pad(d)}` } : undefined;
    },
  },
  { re: /(?<![\d.])(\d{1,2})\s*月(?:份)?\s*(?:底|末)/, make: (m, y) => (month(m[1]) ? { end: `${y}-${pad(month(m[1])!)}` } : undefined) },
  {
    // "6 月前": before June, so the step is due by the end of May.
    re: /(?<![\d.])(\d{1,2})\s*月(?:份)?\s*(?:前|之前|以前)/,
    make: (m, y) => {
      const a = month(m[1]);
      return a && a > 1 ? { end: `${y}-${pad(a - 1)}` } : undefined;
    },
  },
  { re: /每个?季度/, make: (_m, y) => ({ start: `${y}-Q1`, end: `${y}-Q4`, recurrence: 'quarterly' }) },
  { re: /(?<!每个?)第?([一二三四1-4])\s*季度/, make: (m, y) => (CN_QUARTER[m[1]!] ? { end: `${y}-Q${CN_QUARTER[m[1]!]}` } : undefined) },
  { re: /上半年/, make: (_m, y) => ({ end: `${y}-H1` }) },
  { re: /下半年/, make: (_m, y) => ({ end: `${y}-H2` }) },
  { re: /年(?:底|末)(?:前|之前)?/, make: (_m, y) => ({ end: `${y}-12` }) },
  { re: /每个?月/, make: (_m, y) => ({ start: `${y}-01`, end: `${y}-12`, recurrence: 'monthly' }) },
  { re: /(?<![\d.个])(\d{1,2})\s*月(?:份)?(?![\d日底末前以起开])/, make: (m, y) => (month(m[1]) ? { end: `${y}-${pad(month(m[1])!)}` } : undefined) },
];

/** The year written right before a date, when it is not the budget year the date is someone else's. */
function writtenYear(before: string): number | 'other' | undefined {
  const m = /(\d{4})\s*年\s*(?:度)?\s*$/.exec(before);
  if (m) return Number(m[1]);
  if (/(?:去年|上年|明年|往年|前年)\s*$/.test(before)) return 'other';
  return undefined;
}

const QUANTITY = /(共|合计|总计|计)?\s*(\d+)\s*(人次|人|名|户|家|次|场|期|个(?!月)|项|件|批次|批|所|座|份|辆|台)/g;

function quantityOf(clause: string): Milestone['quantity'] | undefined {
  const found = [...clause.matchAll(QUANTITY)].filter((m) => {
    const before = clause.slice(0, m.index);
    // "2018 年 100 人" is a breakdown by year; "约 300 户" is a guess: neither is the step's quantity.
    if (/(?:约|近|超过|逾|大约)\s*$/.test(before) || /^\s*(?:余|多|左右)/.test(clause.slice(m.index + m[0].length))) return false;
    return !/年\s*$/.test(before) || m[1] !== undefined;
  });
  const totals = found.filter((m) => m[1]);
  const pick = totals.length === 1 ? totals[0] : found.length === 1 ? found[0] : undefined;
  return pick ? { value: Number(pick[2]), unit: pick[3]! } : undefined;
}

/** Clauses split at ，；。 outside brackets, so "（共 207 人，2018 年 100 人…）" stays whole. */
export function clauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('（(【[“'.includes(ch)) depth++;
    if ('）)】]”'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '，,；;。！？!?'.includes(ch)) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

function labelOf(clause: string): string {
  const label = clause.replace(/^(?:同时|此外|另外|并且?|一是|二是|三是|四是|五是)\s*/, '').trim();
  return label.length > 80 ? `${label.slice(0, 79)}…` : label;
}

export function findMilestones(text: string, year: number, idPrefix: string): Milestone[] {
  const out: Milestone[] = [];
  for (const clause of clauses(text)) {
    let masked = clause;
    for (const rule of RULES) {
      for (;;) {
        const m = rule.re.exec(masked);
        if (!m) break;
        masked = masked.slice(0, m.index) + ' '.repeat(m[0].length) + masked.slice(m.index + m[0].length);
        const written = writtenYear(clause.slice(0, m.index));
        if (written === 'other' || (typeof written === 'number' && written !== year)) continue;
        const period = rule.make(m, year);
        if (!period) continue;
        const quantity = quantityOf(clause);
        out.push({ id: `${idPrefix}-m${out.length + 1}`, label: labelOf(clause), ...period, ...(quantity ? { quantity } : {}) });
      }
    }
  }
  return out;
}
