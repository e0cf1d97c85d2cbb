/**
 * Text clean-up before any figure is read. Real explanations are exported from
 * Word or PDF: full-width digits, page breaks and blank lines in the middle of a
 * word or a number, spaces and thousands separators inside numbers.
 *
 * Width folding is targeted rather than a blanket NFKC: digits, Latin letters and
 * the symbols that belong to numbers (． ％ － ＋) become half-width, while CJK
 * punctuation (，：；（）) stays as written, because names, purposes and glossary
 * definitions are copied into the budget file in the document's own form.
 * The extractors accept both widths of punctuation.
 */

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
/** Full-width forms folded to ASCII: digits, letters and number symbols only. */
const FOLDED = /[０-９Ａ-Ｚａ-ｚ．％－＋～／]/g;

function foldWidth(text: string): string {
  return text.replace(FOLDED, (ch) => {
    const code = ch.charCodeAt(0);
    return code >= FULL_WIDTH_START && code <= FULL_WIDTH_END ? String.fromCharCode(code - 0xfee0) : ch;
  });
}

const UNIT = '(?:亿元|万元|千元|元)';

/** Joins the pieces of one number that layout tore apart, and drops thousands separators. */
export function cleanNumbers(line: string): string {
  if (!/\d[\s.,，]/.test(line)) return line;
  return (
    line
      // "109. 25 万元", "109 .25万元": a decimal point with stray spaces, only before a unit or %.
      .replace(new RegExp(`(\\d)\\s*\\.\\s*(\\d+)(?=\\s*(?:${UNIT}|%))`, 'g'), (m, a: string, b: string) => (/\s/.test(m) ? `${a}.${b}` : m))
      // "1 085 203.63 元": digit groups of three split by spaces, only when a unit follows.
      .replace(
        new RegExp(`(?<![\\d.])(\\d{1,3})((?:[ \\u00a0]\\d{3})+)(\\.\\d+)?(?=\\s*${UNIT})`, 'g'),
        (_m, a: string, groups: string, frac: string | undefined) => a + groups.replace(/[ \u00a0]/g, '') + (frac ?? ''),
      )
      // "4,471.22 万元", "1,234,567": half-width separators between groups of three; a
      // full-width "，" is also the clause comma, so it counts only before decimals or a unit.
      .replace(
        new RegExp(`(?<![\\d.])(\\d{1,3})((?:[,，]\\d{3})+)(?!\\d)(\\.\\d+)?(\\s*${UNIT})?`, 'g'),
        (m, a: string, groups: string, frac?: string, unit?: string) =>
          frac !== undefined || unit !== undefined || !groups.includes('，') ? a + groups.replace(/[,，]/g, '') + (frac ?? '') + (unit ?? '') : m,
      )
  );
}

/** A line that opens a heading or a numbered item: # …, 一、, （一）, 1、, 1., (1), 第一部分, 表 1. */
export const LIST_START =
  /^(?:#{1,6}\s|第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[、.．](?!\d)|表\s*\d|附件|附表|[①-⑳])/;

/** "- 2 -", "第 3 页", "3/12", "— 4 —": page furniture of a PDF export. */
const PAGE_NUMBER = /^(?:第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|[-—–]\s*\d+\s*[-—–]|\d+\s*\/\s*\d+)$/;

/** A document title stands on its own line even without a full stop. */
const TITLE = /(?:预算|决算).{0,12}(?:说明|公开|报告|信息|情况表?|批复)$|\d{4}\s*年度?\s*(?:部门|单位)(?:预算|决算)(?:表)?$/;

/** Characters that end a sentence or a heading: no join after them. */
const ENDS_UNIT = /[。！？!?；;：:|]$/;

function stripMarkdown(line: string): string {
  return line
    .replace(/^\s*>\s?/, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*[-*+]\s+(?=\S)/, '')
    .trim();
}

/**
 * Normalised lines: width folded, Markdown emphasis removed, and a line joined to
 * the next non-empty one when it stops mid-sentence (no terminator) and the next
 * does not open a heading or list item — the seed's "当年拨\n\n款 109.25 万元".
 */
export function normalizeText(raw: string): string[] {
  const text = foldWidth(raw)
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/[\u3000\u00a0\t]/g, ' ');
  // "本 年 收 入 合 计": tables spread labels out with single spaces between characters.
  const lines = text.split('\n').map((l) =>
    l
      .replace(/ {2,}/g, ' ')
      .replace(/([\u4e00-\u9fa5]) (?=[\u4e00-\u9fa5])/g, '$1')
      .trimEnd(),
  );
  const out: string[] = [];
  // The line being built is kept as parts joined once at the end, and the joining tests
  // read only its ends, so a text of many torn lines stays linear (600 KB of "x\n\n" froze the tab).
  let pending: Pending | undefined;
  const flush = (): void => {
    if (pending) out.push(cleanNumbers(pending.parts.join('')));
  };
  for (const rawLine of lines) {
    const md = /^\s*(#{1,6})\s+(.*)$/.exec(rawLine);
    const line = md ? `${md[1]} ${stripMarkdown(md[2]!)}` : stripMarkdown(rawLine);
    if (line === '' || /^[-—_*=\s]+$/.test(line) || PAGE_NUMBER.test(rawLine.trim())) continue; // blank, rules, page numbers
    if (pending) {
      const opensItem = md !== null || LIST_START.test(line);
      if (!opensItem && !pending.stops()) {
        pending.append(line);
        continue;
      }
      flush();
    }
    pending = new Pending(line);
  }
  flush();
  return out;
}

/** A line being joined from torn pieces: what decides the next join is read from its ends, in constant time. */
class Pending {
  readonly parts: string[];
  private length: number;
  private head: string;
  private tail: string;
  private hasChinese: boolean;

  constructor(first: string) {
    this.parts = [first];
    this.length = first.length;
    this.head = first.slice(0, HEAD);
    this.tail = first.slice(-TAIL);
    this.hasChinese = CHINESE.test(first);
  }

  append(line: string): void {
    this.parts.push(line);
    this.length += line.length;
    if (this.head.length < HEAD) this.head = (this.head + line).slice(0, HEAD);
    this.tail = (this.tail + line).slice(-TAIL);
    this.hasChinese ||= CHINESE.test(line);
  }

  /** The line ends here: a terminator, a short heading, a title, or page chrome. */
  stops(): boolean {
    const whole = this.length <= HEAD ? this.head : undefined;
    return (
      ENDS_UNIT.test(this.tail) ||
      /^#{1,6}\s/.test(this.head) ||
      (whole !== undefined && isShortHeading(whole)) ||
      TITLE.test(this.tail) ||
      !this.hasChinese ||
      CHROME_END.test(this.tail)
    );
  }
}

/** Enough of each end to read a heading (≤ 40 characters), a title's ending or an address. */
const HEAD = 64;
const TAIL = 200;
const CHINESE = /[\u4e00-\u9fa5]/;
/** A line ending in a file name or an address is page chrome: never half of a sentence. */
const CHROME_END = /\.(?:xlsx?|docx?|pdf|html?)$|https?:\/\/\S+$/i;

/** A short numbered line without a full stop is a heading, never the first half of a sentence. */
function isShortHeading(line: string): boolean {
  const body = line.replace(/^#{1,6}\s*/, '');
  return LIST_START.test(body) && body.length <= 40 && !/[。，,；;]/.test(body);
}
