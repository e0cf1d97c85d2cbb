/**
 * pdf.js's predefined CJK CMaps, for PDFs whose fonts are not embedded (STSong-Light
 * with UniGB-UCS2-H, as older office tools write them): without them such a PDF
 * reads as if it had no text. They are emitted as files of the build, served from
 * our own origin, and each fetched only when a PDF names it; the smallest are
 * inlined by the build as data: URLs, decoded here (the CSP allows no fetch of data:).
 */
const FOLDER = '/node_modules/pdfjs-dist/cmaps/';
const CMAPS = import.meta.glob('/node_modules/pdfjs-dist/cmaps/*.bcmap', { query: '?url', import: 'default' }) as Record<string, () => Promise<string>>;

/** Stands in for pdf.js's DOMCMapReaderFactory (same constructor and fetch), looking names up in the build. */
export class BundledCMapReader {
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    const url = CMAPS[`${FOLDER}${name}.bcmap`];
    if (!url) throw new Error(`unknown CMap ${name}`);
    const href = await url();
    const inline = /^data:[^,]*;base64,(.*)$/.exec(href);
    if (inline) return { cMapData: Uint8Array.from(atob(inline[1]!), (ch) => ch.charCodeAt(0)), isCompressed: true };
    const response = await fetch(href);
    if (!response.ok) throw new Error(`CMap ${name}: HTTP ${response.status}`);
    return { cMapData: new Uint8Array(await response.arrayBuffer()), isCompressed: true };
  }
}
