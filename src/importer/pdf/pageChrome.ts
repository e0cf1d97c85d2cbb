/**
 * Page furniture out of a PDF's text: page numbers ("第 2 页，共 46 页", "- 2 -",
 * "2/46") and running headers or footers, the lines a page starts or ends with on
 * most pages. Left in, they land mid-sentence wherever a paragraph crosses a page.
 */

const PAGE_NUMBER =
  /^[-—–\s]*(?:第\s*\d+\s*页(?:\s*[，,、/／]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[，,]?\s*第\s*\d+\s*页|\d+\s*[/／]\s*\d+|page\s*\d+(?:\s*of\s*\d+)?|\d{1,4})[-—–\s]*$/i;

/** How many lines at each end of a page may be furniture. */
const EDGE = 2;

/** A header with the page number inside it still repeats: compare with digits blanked. */
const shape = (line: string): string => line.replace(/\s+/g, '').replace(/\d+/g, '#');

export const isPageNumber = (line: string): boolean => PAGE_NUMBER.test(line.trim());

function edgeShapes(pages: readonly string[][], end: 'first' | 'last'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = end === 'first' ? lines.slice(0, EDGE) : lines.slice(-EDGE);
    for (const key of new Set(edge.map(shape))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Whether each line is furniture, page by page. */
function chromeFlags(pages: readonly string[][]): boolean[][] {
  const numbers = pages.map((lines) => lines.map((line, i) => isPageNumber(line) && (i < EDGE || i >= lines.length - EDGE)));
  const numbered = pages.map((lines, p) => lines.filter((_, i) => !numbers[p]![i]));
  if (numbered.length < 3) return numbers;
  const needed = Math.max(3, Math.ceil(numbered.length / 2));
  const repeated = (counts: Map<string, number>) => new Set([...counts].filter(([, n]) => n >= needed).map(([key]) => key));
  const headers = repeated(edgeShapes(numbered, 'first'));
  const footers = repeated(edgeShapes(numbered, 'last'));
  return numbered.map((lines, p) => {
    const flags = [...numbers[p]!];
    // Positions among the lines left after page numbers, mapped back to the page's own lines.
    const kept = flags.flatMap((isNumber, i) => (isNumber ? [] : [i]));
    lines.forEach((line, i) => {
      if ((i < EDGE && headers.has(shape(line))) || (i >= lines.length - EDGE && footers.has(shape(line)))) flags[kept[i]!] = true;
    });
    return flags;
  });
}

/**
 * The pages' lines without furniture. A running header goes too, even when it
 * names the document: kept, it would run into the first line of a page, and the
 * title proper stands on the first page (or the review asks for it).
 */
export function dropPageChrome<T>(pages: readonly (readonly T[])[], textOf: (line: T) => string): T[][] {
  const flags = chromeFlags(pages.map((lines) => lines.map(textOf)));
  return pages.map((lines, p) => lines.filter((_, i) => !flags[p]![i]));
}
