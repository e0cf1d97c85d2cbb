/**
 * A .docx is a zip archive, and a zip can be a bomb: 60 KB that inflate to
 * gigabytes. Its central directory is read first and the archive refused, before
 * anything is inflated, when it declares too much; then its parts are inflated in
 * small steps, counting bytes, in case the directory lied.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { concatBytes } from './concatBytes';
import { MAX_COMPRESSION_RATIO, MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES, RATIO_FLOOR_BYTES } from './limits';
import type { SourceProblem } from './problem';

/** Compressed bytes handed to the inflater at once: bounds what one step can produce (deflate tops out near 1:1032). */
const STEP = 16 * 1024;

class TooManyEntries extends Error {}

/** The problem with what the directory declares, if any; throws when the bytes are not a zip. */
export function checkZipDirectory(bytes: Uint8Array): SourceProblem | undefined {
  let entries = 0;
  let declared = 0;
  let worstRatio = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        if (entries > MAX_ZIP_ENTRIES) throw new TooManyEntries();
        declared += file.originalSize;
        if (file.originalSize > RATIO_FLOOR_BYTES) worstRatio = Math.max(worstRatio, file.originalSize / Math.max(1, file.size));
        // Listing only: nothing is inflated here.
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooManyEntries) return { kind: 'tooManyParts', parts: entries, limit: MAX_ZIP_ENTRIES };
    throw error;
  }
  if (declared > MAX_INFLATED_BYTES) return { kind: 'inflatesTooLarge', bytes: declared, limit: MAX_INFLATED_BYTES };
  if (worstRatio > MAX_COMPRESSION_RATIO) return { kind: 'compressionRatio', ratio: Math.round(worstRatio), limit: MAX_COMPRESSION_RATIO };
  return undefined;
}

export type Inflated = { ok: true; files: Record<string, Uint8Array> } | { ok: false; problem: SourceProblem };

/** Every part inflated, stopping as soon as their total passes the limit. Throws on a damaged archive. */
export function inflateCounted(bytes: Uint8Array, limit = MAX_INFLATED_BYTES): Inflated {
  const chunks = new Map<string, Uint8Array[]>();
  let total = 0;
  let over = false;
  let entries = 0;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > MAX_ZIP_ENTRIES || over) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (error, data) => {
      if (error) throw error;
      total += data.length;
      if (total > limit) {
        over = true;
        file.terminate();
        return;
      }
      parts.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length && !over && entries <= MAX_ZIP_ENTRIES; at += STEP) {
    unzip.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
  }
  if (over) return { ok: false, problem: { kind: 'inflatesTooLarge', bytes: total, limit } };
  if (entries > MAX_ZIP_ENTRIES) return { ok: false, problem: { kind: 'tooManyParts', parts: entries, limit: MAX_ZIP_ENTRIES } };
  const files: Record<string, Uint8Array> = {};
  for (const [name, parts] of chunks) files[name] = concatBytes(parts);
  return { ok: true, files };
}
