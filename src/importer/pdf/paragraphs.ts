/**
 * A PDF wraps a paragraph at the margin; the importer reads sentences, and a
 * sentence cut at "（项）：" + newline is two. A line that runs to the right edge
 * of the document's text continues in the next one (on the next page too, once
 * furniture is gone), unless it is a table row or the next line opens a heading
 * or list item. The edge counts only when several lines reach it: in a short text
 * the longest line is simply the longest.
 */
import type { PdfLine } from './pageLines';

const OPENS_ITEM = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+部分|表\s*\d|附件|附表)/;
/** Only two words of Latin script need a space where the line broke; a number split at the margin ("1" / "4.18") needs none. */
const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

/** A line ending within this many character widths of the right edge is a full line. */
const FULL_SLACK = 1.5;

function fullLines(lines: readonly PdfLine[]): (line: PdfLine) => boolean {
  const edge = Math.max(...lines.map((line) => line.right));
  const reaches = (line: PdfLine) => !line.columns && line.right >= edge - FULL_SLACK * line.size;
  return lines.filter(reaches).length >= 2 ? reaches : () => false;
}

export function joinWrapped(lines: readonly PdfLine[]): string[] {
  const out: string[] = [];
  const full = fullLines(lines);
  let open = false;
  for (const line of lines) {
    const last = out.length - 1;
    if (open && last >= 0 && !line.columns && !OPENS_ITEM.test(line.text)) {
      const previous = out[last]!;
      out[last] = previous + (LATIN_END.test(previous) && LATIN_START.test(line.text) ? ' ' : '') + line.text;
    } else out.push(line.text);
    open = full(line);
  }
  return out;
}
