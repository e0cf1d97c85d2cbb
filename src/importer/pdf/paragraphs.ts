/**
 * A PDF wraps a paragraph at the margin; the importer reads sentences, and a
 * sentence cut at "（项）：" + newline is two. A line that runs to the right edge
 * continues in the next one (on the next page too, once furniture is gone),
 * unless it is a table row or the next line opens a heading or list item.
 */
import type { PdfLine } from './pageLines';

const OPENS_ITEM = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+部分|表\s*\d|附件|附表)/;
/** Only two words of Latin script need a space where the line broke; a number split at the margin ("1" / "4.18") needs none. */
const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

export function joinWrapped(lines: readonly PdfLine[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    const last = out.length - 1;
    if (open && last >= 0 && !line.columns && !OPENS_ITEM.test(line.text)) {
      const previous = out[last]!;
      out[last] = previous + (LATIN_END.test(previous) && LATIN_START.test(line.text) ? ' ' : '') + line.text;
    } else out.push(line.text);
    open = line.full && !line.columns;
  }
  return out;
}
