/**
 * Real PDFs made from our own text with pdf-lib, as a word processor exports
 * them: a CJK font embedded (Noto Sans CJK from fonts-noto-cjk), long paragraphs
 * wrapped at the margin, a running header and a "第 n 页，共 N 页" footer on every
 * page. Also a scan: pages that are only an image, with no text layer.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { readFileSync } from 'node:fs';
import { makePng } from './makePng';

const COLLECTION = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** Index of NotoSansCJKsc-Regular in the collection. */
const SIMPLIFIED = 2;

let fontBytes: Uint8Array | undefined;

/**
 * One font out of a TrueType collection, as a standalone OpenType file: fontkit
 * can read a .ttc, but pdf-lib embeds only a single font. The tables are copied
 * and the directory rewritten to point at them.
 */
function fromCollection(ttc: Uint8Array, index: number): Uint8Array {
  const view = new DataView(ttc.buffer, ttc.byteOffset, ttc.byteLength);
  const offset = view.getUint32(12 + 4 * index);
  const count = view.getUint16(offset + 4);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = offset + 12 + 16 * i;
    return { tag: view.getUint32(at), checksum: view.getUint32(at + 4), from: view.getUint32(at + 8), length: view.getUint32(at + 12) };
  });
  let size = 12 + 16 * count;
  const placed = tables.map((table) => {
    const at = size;
    size += (table.length + 3) & ~3;
    return at;
  });
  const out = new Uint8Array(size);
  const write = new DataView(out.buffer);
  out.set(ttc.subarray(offset, offset + 12), 0);
  tables.forEach((table, i) => {
    const at = 12 + 16 * i;
    write.setUint32(at, table.tag);
    write.setUint32(at + 4, table.checksum);
    write.setUint32(at + 8, placed[i]!);
    write.setUint32(at + 12, table.length);
    out.set(ttc.subarray(table.from, table.from + table.length), placed[i]!);
  });
  return out;
}

function cjkFontBytes(): Uint8Array {
  fontBytes ??= fromCollection(new Uint8Array(readFileSync(COLLECTION)), SIMPLIFIED);
  return fontBytes;
}

const PAGE = { width: 595, height: 842, margin: 56 };
const SIZE = 11;
const LEADING = 18;

/** Lines broken at the margin, a character at a time (each character's width measured once). */
function wrap(line: string, font: PDFFont, width: number, widths: Map<string, number>): string[] {
  const out: string[] = [];
  let current = '';
  let used = 0;
  for (const ch of line) {
    let w = widths.get(ch);
    if (w === undefined) {
      w = font.widthOfTextAtSize(ch, SIZE);
      widths.set(ch, w);
    }
    if (current && used + w > width) {
      out.push(current);
      current = '';
      used = 0;
    }
    current += ch;
    used += w;
  }
  return [...out, current];
}

export interface PdfLayout {
  /** The running header on every page; none when absent. */
  header?: string;
  /** The text this many times over, one after another (the benchmark's 300 pages). */
  repeat?: number;
}

/** The text as a PDF: one line per source line (wrapped at the margin), blank lines kept as space. */
export async function makePdf(text: string, layout: PdfLayout = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(cjkFontBytes(), { subset: true });
  const width = PAGE.width - 2 * PAGE.margin;
  const widths = new Map<string, number>();
  const lines = Array.from({ length: layout.repeat ?? 1 }, () => text.split('\n'))
    .flat()
    .flatMap((line) => (line.trim() ? wrap(line, font, width, widths) : ['']));
  const pages: PDFPage[] = [];
  let page: PDFPage | undefined;
  let y = 0;
  for (const line of lines) {
    if (!page || y < PAGE.margin + LEADING) {
      page = doc.addPage([PAGE.width, PAGE.height]);
      pages.push(page);
      y = PAGE.height - PAGE.margin - LEADING;
    }
    if (line) page.drawText(line, { x: PAGE.margin, y, size: SIZE, font });
    y -= LEADING;
  }
  pages.forEach((p, i) => {
    if (layout.header) p.drawText(layout.header, { x: PAGE.margin, y: PAGE.height - 36, size: 9, font });
    const footer = `第 ${i + 1} 页，共 ${pages.length} 页`;
    p.drawText(footer, { x: (PAGE.width - font.widthOfTextAtSize(footer, 9)) / 2, y: 28, size: 9, font });
  });
  return doc.save();
}

/** A scanned document: each page one grey image, no text at all. */
export async function makeScannedPdf(pageCount = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(makePng(64, 64));
  for (let i = 0; i < pageCount; i++) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    page.drawImage(image, { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
  }
  return doc.save();
}
