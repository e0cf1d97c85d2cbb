/**
 * Zip archives written field by field, so a test can make one that lies: a
 * directory declaring sizes its data does not have, or data that is not deflate
 * at all. Also a deflate bomb: many megabytes of zeros compressed ~1000 to 1.
 */
import { Deflate } from 'fflate';
import { concatBytes } from '@/importer/source/concatBytes';

export interface RawEntry {
  name: string;
  /** The stored bytes: deflate data (method 8) or the file itself (method 0). */
  data: Uint8Array;
  method?: 0 | 8;
  /** The inflated size the headers declare. */
  declaredSize: number;
}

function bytesOf(fields: [number, 2 | 4][]): number[] {
  return fields.flatMap(([value, width]) => Array.from({ length: width }, (_, i) => (value >>> (8 * i)) & 0xff));
}

export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let centralSize = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const common: [number, 2 | 4][] = [[20, 2], [0, 2], [entry.method ?? 8, 2], [0, 2], [0, 2], [0, 4], [entry.data.length, 4], [entry.declaredSize, 4], [name.length, 2], [0, 2]];
    const header = concatBytes([new Uint8Array(bytesOf([[0x04034b50, 4], ...common])), name]);
    const record = concatBytes([new Uint8Array(bytesOf([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]])), name]);
    local.push(header, entry.data);
    central.push(record);
    offset += header.length + entry.data.length;
    centralSize += record.length;
  }
  const end = new Uint8Array(bytesOf([[0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [centralSize, 4], [offset, 4], [0, 2]]));
  return concatBytes([...local, ...central, end]);
}

/** `megabytes` MB of zeros as raw deflate, made a megabyte at a time. */
export function deflatedZeros(megabytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < megabytes; i++) deflate.push(zeros, i === megabytes - 1);
  return concatBytes(parts);
}
