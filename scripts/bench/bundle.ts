/** Size of every built chunk, raw and gzip, and which of them the first page load needs. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  /** Loaded by index.html itself (entry script, modulepreload, stylesheet). */
  initial: boolean;
}

export interface BundleReport {
  chunks: Chunk[];
  initialJsGzip: number;
  initialJsRaw: number;
  totalJsGzip: number;
}

/** Every `assets/*.js|css` file named by a src or href in the built index.html is initial. */
export function measureBundle(outDir: string): BundleReport {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const referenced = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]));
  const assets = join(outDir, 'assets');
  const chunks = readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f): Chunk => {
      const bytes = readFileSync(join(assets, f));
      return { file: `assets/${f}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, initial: referenced.has(`assets/${f}`) };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  const js = chunks.filter((c) => c.file.endsWith('.js'));
  const initialJs = js.filter((c) => c.initial);
  return {
    chunks,
    initialJsGzip: initialJs.reduce((s, c) => s + c.gzip, 0),
    initialJsRaw: initialJs.reduce((s, c) => s + c.raw, 0),
    totalJsGzip: js.reduce((s, c) => s + c.gzip, 0),
  };
}
