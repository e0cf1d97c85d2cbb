/**
 * A PDF page's text items (pdf.js getTextContent) back into lines of text. Items
 * come in drawing order, which is not reading order: a table may be drawn column
 * by column. So items are grouped by baseline (top to bottom), then read left to
 * right, with a space only where the gap shows one was meant.
 */

/** What this module needs of a pdf.js TextItem. */
export interface PositionedText {
  str: string;
  /** [a, b, c, d, x, y]: the text matrix; y grows upwards. */
  transform: readonly number[];
  width: number;
  height: number;
}

interface Piece {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Items on one line may sit a little above or below each other (superscripts, mixed fonts). */
const SAME_LINE = 0.5;
/** Between two CJK characters a gap means a column break only when it is wide: justified text spreads them. */
const CJK_GAP = 1;
const LATIN_GAP = 0.2;

function pieceOf(item: PositionedText): Piece | undefined {
  if (item.str.trim() === '') return undefined;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
  if (![x, y, size, item.width].every(Number.isFinite)) return undefined;
  return { text: item.str, x, y, right: x + Math.max(0, item.width), size };
}

/** One rebuilt line: its text, and what tells a wrapped paragraph line from a table row or a heading. */
export interface PdfLine {
  text: string;
  /** Where it ends, and its character size: a line that runs to the text's right edge goes on in the next. */
  right: number;
  size: number;
  /** A gap of several characters inside it: columns of a table, not running text. */
  columns: boolean;
}

const COLUMN_GAP = 2;

function joinLine(pieces: Piece[]): PdfLine {
  pieces.sort((p, q) => p.x - q.x);
  let text = '';
  let columns = false;
  let previous: Piece | undefined;
  for (const piece of pieces) {
    // Fake bold: the same text drawn twice, a fraction of a point apart.
    if (previous && previous.text === piece.text && Math.abs(piece.x - previous.x) < 0.3 * piece.size) continue;
    if (previous) {
      const gap = piece.x - previous.right;
      if (gap > COLUMN_GAP * Math.min(previous.size, piece.size)) columns = true;
      const cjkPair = CJK.test(text.at(-1) ?? '') && CJK.test(piece.text[0] ?? '');
      if (gap > (cjkPair ? CJK_GAP : LATIN_GAP) * Math.min(previous.size, piece.size) && !/\s$/.test(text) && !/^\s/.test(piece.text)) text += ' ';
    }
    text += piece.text;
    previous = piece;
  }
  return { text: text.trim(), right: previous?.right ?? 0, size: previous?.size ?? 1, columns };
}

/** The page's lines, top to bottom; empty lines are left out. */
export function pageLines(items: readonly PositionedText[]): PdfLine[] {
  const pieces = items.flatMap((item) => pieceOf(item) ?? []);
  pieces.sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Piece[][] = [];
  let current: Piece[] = [];
  let anchor: Piece | undefined;
  for (const piece of pieces) {
    if (anchor && Math.abs(anchor.y - piece.y) <= SAME_LINE * Math.min(anchor.size, piece.size)) {
      current.push(piece);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [piece];
    anchor = piece;
  }
  if (current.length > 0) lines.push(current);
  return lines.map(joinLine).filter((line) => line.text !== '');
}
