/**
 * Sentences and the figures in them. A figure token is a number with what it
 * measures (money unit, %, a count) and its "lead": the words between the
 * previous figure and this one, which say what the figure is. Years, months and
 * days stay part of the lead ("比 2020 年预算数 83.08").
 */
import { UNIT_EXPONENT, type MoneyUnit } from '@/domain/money';

export type TokenKind = 'money' | 'pct' | 'count' | 'bare';

export interface Token {
  kind: TokenKind;
  /** Digits as written, e.g. "109.25". */
  raw: string;
  value: number;
  unit?: MoneyUnit;
  countUnit?: string;
  /** Words since the previous token. */
  lead: string;
  /** Written with 约/近/左右…: never used as a figure. */
  approximate: boolean;
  /** Looks torn (a separator follows): never used as a figure. */
  torn: boolean;
  start: number;
  end: number;
}

const TOKEN =
  /(约|大约|近|将近|超过|逾|不足|不到)?\s*(\d+(?:\.\d+)?)\s*(%|亿元|万元|千元|元|人次|人|名|辆|台|个|次|户|家|项|批|场|套|年|月|日|号|岁|天|期|季度|小时)?/g;
const COUNT_UNITS = new Set(['人', '名', '辆', '台', '个', '次', '户', '家', '项', '批', '场', '套', '人次']);
const MONEY_UNITS = new Set<string>(['亿元', '万元', '千元', '元']);
/** After a bare number: it ends a clause or meets a comparison verb, so it is a value, not part of a name. */
const BARE_FOLLOW = /^\s*(?:[，,。；;、)）:：|]|$|增加|减少|增长|下降|降低|比|较|持平|相比)/;
/** In a table flattened to text ("收入 16745.59 一、…"), a bare figure stands between spaces. */
const TABLE_CELL = /^\s+\S/;
const APPROX_AFTER = /^\s*(?:左右|上下|多|余|以上|以下)/;

const MAX_SENTENCE = 1200;

/** Sentences of a paragraph, each ending with its terminator; overlong ones are cut at clause marks. */
export function splitSentences(text: string): string[] {
  const parts = text.match(/[^。！？!?]+[。！？!?]*|[。！？!?]+/g) ?? [];
  const out: string[] = [];
  for (const part of parts) {
    const s = part.trim();
    if (!s) continue;
    if (s.length <= MAX_SENTENCE) {
      out.push(s);
      continue;
    }
    // Cut by position, never by re-slicing the rest, so a huge paragraph costs its length once.
    let from = 0;
    while (s.length - from > MAX_SENTENCE) {
      const window = s.slice(from, from + MAX_SENTENCE);
      const cut = Math.max(window.lastIndexOf('；'), window.lastIndexOf(';'), window.lastIndexOf('，'));
      const at = cut > 100 ? cut + 1 : MAX_SENTENCE;
      out.push(window.slice(0, at));
      from += at;
    }
    if (from < s.length) out.push(s.slice(from));
  }
  return out;
}

/** Exact 分 of a decimal written in `unit`, or undefined when finer than 1 分 or too long to be real. */
export function decimalToFen(raw: string, unit: MoneyUnit): number | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(raw);
  if (!m) return undefined;
  const int = m[1]!.replace(/^0+(?=\d)/, '');
  const frac = (m[2] ?? '').replace(/0+$/, '');
  const exp = UNIT_EXPONENT[unit];
  if (frac.length > exp || int.length + exp > 15) return undefined;
  return Number(int + frac.padEnd(exp, '0'));
}

/** `tableCells`: the text declares its unit, so a bare figure between spaces is a table cell. */
export function tokenize(sentence: string, tableCells = false): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of sentence.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const raw = m[2]!;
    const unitText = m[3];
    const digitsAt = start + m[0].indexOf(raw);
    if (/[\d.]/.test(sentence[start - 1] ?? '')) continue; // inside a longer number
    const before = sentence.slice(Math.max(0, digitsAt - 4), digitsAt);
    const after = sentence.slice(end, end + 12);
    let kind: TokenKind | undefined;
    if (unitText && MONEY_UNITS.has(unitText)) kind = 'money';
    else if (unitText === '%') kind = 'pct';
    else if (unitText && COUNT_UNITS.has(unitText)) kind = 'count';
    else if (
      !unitText &&
      (BARE_FOLLOW.test(after) || (tableCells && /\s$/.test(before) && TABLE_CELL.test(sentence.slice(digitsAt + raw.length, digitsAt + raw.length + 4)))) &&
      !/[-~至到—]\s*$/.test(before)
    )
      kind = 'bare';
    if (!kind) continue;
    const torn = /^[,，]\d{3}(?!\d)/.test(after) || /\d[,，]$/.test(before);
    tokens.push({
      kind,
      raw,
      value: Number(raw),
      ...(kind === 'money' ? { unit: unitText as MoneyUnit } : {}),
      ...(kind === 'count' ? { countUnit: unitText } : {}),
      lead: sentence.slice(last, start),
      approximate: m[1] !== undefined || APPROX_AFTER.test(after),
      torn,
      start,
      end,
    });
    last = end;
  }
  return tokens;
}
