/**
 * The explanation's outline. Markdown levels are unreliable in real files (the
 * seed has "## （二）" under "### 五、"), so the level comes from the numbering
 * style: 第一部分 > 一、 > （一） > 1、 > （1）. A numbered line is a heading when it
 * is short and has no full stop; a long numbered line is an item paragraph (a key
 * work item, a 类/款/项 line, a glossary entry).
 */
export interface Heading {
  level: number;
  /** The heading text without its number. */
  text: string;
  /** Its number as written (一、, （二）), kept for provenance. */
  marker: string;
}

export interface Block {
  /** 'heading' opens a section; 'item' is a numbered paragraph; 'para' is plain text. */
  kind: 'heading' | 'item' | 'para';
  level: number;
  /** Full line text (number removed for headings and items). */
  text: string;
  /** The number as written: 一、 （二） 3. */
  marker: string;
  /** Headings this block sits under, outermost first. */
  path: Heading[];
  index: number;
}

const CN_DIGIT = '[一二三四五六七八九十]+';
const MARKERS: { re: RegExp; level: number }[] = [
  { re: new RegExp(`^第${CN_DIGIT}部分[:：、\\s]*`), level: 0 },
  { re: new RegExp(`^${CN_DIGIT}[、.．]\\s*`), level: 1 },
  { re: new RegExp(`^[(（]${CN_DIGIT}[)）]\\s*`), level: 2 },
  { re: /^\d{1,2}\s*[、.．](?!\d)\s*/, level: 3 },
  { re: /^[(（]\d{1,2}[)）]\s*|^[①-⑳]\s*/, level: 4 },
];

/** Below every numbered level: a bare "标签：" line heads only what follows it. */
const LABEL_LEVEL = 5;

function splitMarker(line: string): { marker: string; level: number; rest: string } | undefined {
  for (const { re, level } of MARKERS) {
    const m = re.exec(line);
    if (m) return { marker: m[0].trim(), level, rest: line.slice(m[0].length).trim() };
  }
  return undefined;
}

/** A short line without a full stop, unless it holds a table row's figure ("公务接待费 150000", "财政拨款 | 644.38 |"). */
function looksLikeHeading(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= 40 &&
    !/[。；;，,]/.test(text) &&
    !/\d(?:\.\d+)?\s*(?:亿元|万元|千元|元|%|人|名|辆)?\s*$/.test(text) &&
    !/\d\s*\|/.test(text)
  );
}

export function parseStructure(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  const stack: Heading[] = [];
  lines.forEach((rawLine, index) => {
    const md = /^(#{1,6})\s*(.*)$/.exec(rawLine);
    const line = (md ? md[2]! : rawLine).trim();
    if (!line) return;
    const numbered = splitMarker(line);
    const isHeading = numbered ? looksLikeHeading(numbered.rest) : md !== null && line.length <= 60;
    const level = numbered ? numbered.level : md ? Math.max(0, md[1]!.length - 2) : 9;
    if (isHeading) {
      const text = numbered ? numbered.rest.replace(/[:：]$/, '') : line;
      // A Markdown title without a number sits above everything.
      const headingLevel = numbered ? level : md && md[1]!.length === 1 ? -1 : level;
      while (stack.length > 0 && stack[stack.length - 1]!.level >= headingLevel) stack.pop();
      blocks.push({ kind: 'heading', level: headingLevel, text, marker: numbered?.marker ?? '', path: [...stack], index });
      stack.push({ level: headingLevel, text, marker: numbered?.marker ?? '' });
      return;
    }
    // "基本支出：" alone on its line heads the paragraph below it, like a numbered heading would.
    if (!md && /^[\u4e00-\u9fa5（）()“”"]{2,12}[:：]$/.test(line) && !/^其中/.test(line)) {
      const text = line.slice(0, -1);
      while (stack.length > 0 && stack[stack.length - 1]!.level >= LABEL_LEVEL) stack.pop();
      blocks.push({ kind: 'heading', level: LABEL_LEVEL, text, marker: '', path: [...stack], index });
      stack.push({ level: LABEL_LEVEL, text, marker: '' });
      return;
    }
    if (numbered) {
      blocks.push({ kind: 'item', level: numbered.level, text: numbered.rest, marker: numbered.marker, path: [...stack], index });
      return;
    }
    blocks.push({ kind: 'para', level: 9, text: line, marker: '', path: [...stack], index });
  });
  return blocks;
}

export function pathText(path: readonly Heading[]): string {
  return path.map((h) => `${h.marker}${h.text}`).join(' › ');
}
