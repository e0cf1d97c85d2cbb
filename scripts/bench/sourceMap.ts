/**
 * Maps a position in a built chunk back to its source through the build's source map
 * (Source Map v3, `mappings` in Base64 VLQ). Small on purpose: the bench only needs
 * "which source file and function is this", not a full source-map library.
 */
import { existsSync, readFileSync } from 'node:fs';

interface RawMap {
  sources: string[];
  names: string[];
  mappings: string;
}

/** Per generated line: segments of [column, source, line, column, name?], sorted by column. */
type Segment = [number, number, number, number, number | undefined];

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

function decodeMappings(mappings: string): Segment[][] {
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  return mappings.split(';').map((text) => {
    let generated = 0;
    const segments: Segment[] = [];
    for (const part of text.split(',')) {
      if (!part) continue;
      const v = decodeVlq(part);
      generated += v[0] ?? 0;
      if (v.length < 4) continue;
      source += v[1] ?? 0;
      line += v[2] ?? 0;
      column += v[3] ?? 0;
      if (v.length > 4) name += v[4] ?? 0;
      segments.push([generated, source, line, column, v.length > 4 ? name : undefined]);
    }
    return segments;
  });
}

export interface Original {
  source: string;
  line: number;
  name: string | undefined;
}

export interface SourceMap {
  /** `line` and `column` are 0-based, as CDP's call frames give them. */
  lookup(line: number, column: number): Original | undefined;
}

export function loadSourceMap(file: string): SourceMap | undefined {
  if (!existsSync(file)) return undefined;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as RawMap;
  const lines = decodeMappings(raw.mappings);
  return {
    lookup(line, column) {
      const segments = lines[line] ?? [];
      let found: Segment | undefined;
      for (const s of segments) {
        if (s[0] > column) break;
        found = s;
      }
      if (!found) return undefined;
      // Sources are relative to the chunk: keep them from `node_modules/` or the project's `src/` on.
      const source = (raw.sources[found[1]] ?? '?').replace(/^.*?(node_modules\/|src\/)/, '$1');
      return { source, line: found[2] + 1, name: found[4] === undefined ? undefined : raw.names[found[4]] };
    },
  };
}
