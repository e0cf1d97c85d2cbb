/**
 * A PDF's text layer as the importer's input: each page's lines rebuilt from
 * positions, page furniture dropped, pages and characters counted against the
 * limits. A PDF without a text layer (a scan) says so instead of importing nothing.
 */
import { MAX_PDF_PAGES, MAX_TEXT_CHARS } from '../source/limits';
import { detailOf, refuse, type SourceText } from '../source/problem';
import { loadPdfjs } from './loadPdfjs';
import { dropPageChrome } from './pageChrome';
import { pageLines, type PdfLine } from './pageLines';
import { joinWrapped } from './paragraphs';

/** How pdf.js gets the predefined CJK CMaps; without them a PDF whose fonts rely on them reads as no text. */
export interface PdfOptions {
  /** Node: the folder of pdfjs-dist/cmaps. */
  cMapUrl?: string;
  /** The browser: a reader of CMaps bundled with the app (pdf.js constructs it and calls `fetch({ name })`). */
  CMapReaderFactory?: new (options: object) => { fetch(request: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> };
}

export async function pdfToText(bytes: Uint8Array, options: PdfOptions = {}): Promise<SourceText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js may take over the buffer it is given: hand it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    useSystemFonts: false,
    verbosity: 0,
    ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
    ...(options.CMapReaderFactory ? { CMapReaderFactory: options.CMapReaderFactory } : {}),
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > MAX_PDF_PAGES) return refuse({ kind: 'tooManyPages', pages: doc.numPages, limit: MAX_PDF_PAGES });
    const pages: PdfLine[][] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = pageLines(content.items.flatMap((item) => ('str' in item ? [item] : [])));
      page.cleanup();
      chars += lines.reduce((sum, line) => sum + line.text.length, 0);
      if (chars > MAX_TEXT_CHARS) return refuse({ kind: 'tooMuchText', limit: MAX_TEXT_CHARS });
      pages.push(lines);
    }
    if (chars === 0) return refuse({ kind: 'scanned' });
    return { ok: true, text: joinWrapped(dropPageChrome(pages, (line) => line.text).flat()).join('\n') };
  } catch (error) {
    return refuse({ kind: 'unreadable', format: 'pdf', detail: detailOf(error) });
  } finally {
    await task.destroy();
  }
}
